package dev.sessionhub.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Placeholders")
class PlaceholdersTest {

  @Nested
  @DisplayName("names")
  class Names {

    @Test
    @DisplayName("lists each name once, in order of first appearance")
    void inOrder() {
      assertThat(Placeholders.names("{{b}} and {{a}} then {{b}} and {{c_1}}")).containsExactly("b", "a", "c_1");
    }

    @Test
    @DisplayName("accepts spaces inside the braces")
    void spaces() {
      assertThat(Placeholders.names("{{ name }} {{other  }}")).containsExactly("name", "other");
    }

    @Test
    @DisplayName("ignores names that do not start with a letter or hold other characters")
    void invalidNames() {
      assertThat(Placeholders.names("{{1a}} {{_a}} {{a-b}} {{a b}} {{}}")).isEmpty();
    }

    @Test
    @DisplayName("treats unbalanced braces as text")
    void unbalanced() {
      assertThat(Placeholders.names("{{a} {b}} {{c {d}} }}e{{")).isEmpty();
    }

    @Test
    @DisplayName("finds a placeholder wrapped in extra braces")
    void extraBraces() {
      assertThat(Placeholders.names("{{{a}}}")).containsExactly("a");
    }

    @Test
    @DisplayName("finds nothing in plain or empty text")
    void plain() {
      assertThat(Placeholders.names("")).isEmpty();
      assertThat(Placeholders.names("no placeholders here")).isEmpty();
    }
  }

  @Nested
  @DisplayName("fill")
  class Fill {

    @Test
    @DisplayName("replaces every occurrence, with or without spaces")
    void replacesAll() {
      assertThat(Placeholders.fill("{{x}}-{{ x }}-{{y}}", Map.of("x", "1", "y", "2"))).isEqualTo("1-1-2");
    }

    @Test
    @DisplayName("leaves a placeholder without a value as it is")
    void missingValue() {
      assertThat(Placeholders.fill("{{x}} {{ y }}", Map.of("x", "1"))).isEqualTo("1 {{ y }}");
    }

    @Test
    @DisplayName("inserts values literally, even with $ and backslashes")
    void literalValues() {
      assertThat(Placeholders.fill("cost: {{x}}", Map.of("x", "$1 \\n {{y}}"))).isEqualTo("cost: $1 \\n {{y}}");
    }

    @Test
    @DisplayName("does not fill placeholders inside filled values")
    void noRecursion() {
      assertThat(Placeholders.fill("{{x}}", Map.of("x", "{{y}}", "y", "no"))).isEqualTo("{{y}}");
    }

    @Test
    @DisplayName("leaves unbalanced braces untouched")
    void unbalanced() {
      assertThat(Placeholders.fill("{{x} {x}} {{x", Map.of("x", "1"))).isEqualTo("{{x} {x}} {{x");
    }

    @Test
    @DisplayName("keeps the outer braces around a placeholder wrapped in extra braces")
    void extraBraces() {
      assertThat(Placeholders.fill("{{{x}}}", Map.of("x", "1"))).isEqualTo("{1}");
    }
  }

  @Nested
  @DisplayName("isName")
  class IsName {

    @Test
    @DisplayName("accepts a letter followed by letters, digits and underscores")
    void valid() {
      assertThat(Placeholders.isName("a")).isTrue();
      assertThat(Placeholders.isName("Component_2")).isTrue();
    }

    @Test
    @DisplayName("rejects empty names, leading digits or underscores, and other characters")
    void invalid() {
      assertThat(Placeholders.isName("")).isFalse();
      assertThat(Placeholders.isName("2a")).isFalse();
      assertThat(Placeholders.isName("_a")).isFalse();
      assertThat(Placeholders.isName("a-b")).isFalse();
      assertThat(Placeholders.isName("a b")).isFalse();
    }
  }
}
