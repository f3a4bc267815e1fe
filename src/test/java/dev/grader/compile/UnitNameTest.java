package dev.grader.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitNameTest {

  @Test
  void namesTheFileAfterThePublicTypeInItsPackageFolder() {
    String source =
        """
        package com.example . shop;
        class Helper {}
        public final class Store { public class Inner {} }
        """;

    assertThat(UnitName.of(source)).isEqualTo("com/example/shop/Store.java");
  }

  @Test
  void ignoresTypesInCommentsAndStrings() {
    String source =
        """
        // public class Commented {}
        /* public class Blocked {} */
        class Real { String s = "public class Quoted {}"; String t = \"""
            public class TextBlock {}
            \"""; char c = '"'; }
        """;

    assertThat(UnitName.of(source)).isEqualTo("Real.java");
  }

  @Test
  void findsAnnotatedRecordsAndNestedPublicTypesDoNotCount() {
    String source =
        """
        @SuppressWarnings({"unchecked", "rawtypes"})
        public record Point(int x, int y) {}
        """;

    assertThat(UnitName.of(source)).isEqualTo("Point.java");
    assertThat(UnitName.of("class Outer { public static class Nested {} }"))
        .isEqualTo("Outer.java");
  }

  @Test
  void unnamedSnippetGetsAFallbackName() {
    assertThat(UnitName.of("System.out.println(1);")).isEqualTo(UnitName.FALLBACK + ".java");
  }

  @Test
  void acceptsNonAsciiIdentifiers() {
    assertThat(UnitName.of("public class Café {}")).isEqualTo("Café.java");
  }
}
