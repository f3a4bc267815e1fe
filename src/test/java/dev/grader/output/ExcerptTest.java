package dev.grader.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
  @Test
  void shortTextIsKeptWithNewLinesAndTabs() {
    assertThat(Excerpt.of("a\tb\r\nc\n", 100)).isEqualTo("a\tb\nc\n");
  }

  @Test
  void controlCharactersAreRemoved() {
    assertThat(Excerpt.of("\u001b[1mbold\u001b[0m\u0007\r", 100)).isEqualTo("[1mbold[0m");
  }

  @Test
  void longTextIsCutWithTheNumberOfBytesLeftOut() {
    assertThat(Excerpt.of("abcdefghij", 4)).isEqualTo("abcd… (6 more bytes)");
    assertThat(Excerpt.of("abcdé", 4)).isEqualTo("abcd… (2 more bytes)");
  }

  @Test
  void surrogatePairsAreNotCutInHalf() {
    assertThat(Excerpt.of("ab\uD83D\uDE00cd", 3)).isEqualTo("ab… (6 more bytes)");
  }
}
