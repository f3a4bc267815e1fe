package dev.grader.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void noFormatMeansJsonHtmlAndCsv() {
    assertThat(Format.parse(List.of()))
        .containsExactlyInAnyOrder(Format.JSON, Format.HTML, Format.CSV);
  }

  @Test
  void namesAreCaseInsensitiveAndJsonIsAlwaysIncluded() {
    assertThat(Format.parse(List.of("JUnit", " gradescope")))
        .containsExactlyInAnyOrder(Format.JSON, Format.JUNIT, Format.GRADESCOPE);
  }

  @Test
  void allMeansEveryFormat() {
    assertThat(Format.parse(List.of("csv", "all"))).isEqualTo(EnumSet.allOf(Format.class));
  }

  @Test
  void unknownFormatIsNamedWithTheChoices() {
    assertThatThrownBy(() -> Format.parse(List.of("html", "pdf")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'pdf': use json, html, csv, junit, gradescope or all");
  }
}
