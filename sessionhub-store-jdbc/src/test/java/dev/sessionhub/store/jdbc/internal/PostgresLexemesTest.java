package dev.sessionhub.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PostgresLexemes: words as tsvector lexemes within PostgreSQL's limits")
class PostgresLexemesTest {

  @Test
  @DisplayName("a word of up to 128 bytes is its own lexeme; a longer one is # and the SHA-256 of its UTF-8 bytes")
  void longWords() {
    String ascii128 = "a".repeat(128);
    assertThat(PostgresLexemes.of(ascii128)).isEqualTo(ascii128);
    // 43 three-byte letters are 129 bytes in UTF-8, though only 43 chars.
    String cjk = "日".repeat(43);
    assertThat(PostgresLexemes.of(cjk)).startsWith("#").hasSize(65);
    // sha256 of 129 times "a", as PostgreSQL's encode(sha256(convert_to(w, 'UTF8')), 'hex') gives it.
    assertThat(PostgresLexemes.of("a".repeat(129))).isEqualTo("#c12cb024a2e5551cca0e08fce8f1c5e314555cc3fef6329ee994a3db752166ae");
    assertThat(PostgresLexemes.of("a".repeat(129))).isNotEqualTo(PostgresLexemes.of("a".repeat(130)));
  }

  @Test
  @DisplayName("within the budget every word is kept, in the given order")
  void underBudget() {
    assertThat(PostgresLexemes.joined("s", List.of("beta", "alpha", "x".repeat(200))))
        .isEqualTo("beta alpha " + PostgresLexemes.of("x".repeat(200)));
  }

  @Test
  @DisplayName("over the budget the shortest lexemes in bytes are kept, ties in string order, whatever the input order")
  void overBudget() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 120_000; i++) {
      words.add(String.format(java.util.Locale.ROOT, "w%08d", i));
    }
    words.add("ab");
    words.add("é".repeat(5));
    List<String> shuffled = new ArrayList<>(words);
    Collections.shuffle(shuffled, new java.util.Random(7));

    String joined = PostgresLexemes.joined("s", shuffled);

    assertThat(joined.getBytes(StandardCharsets.UTF_8).length - (joined.split(" ").length - 1))
        .isLessThanOrEqualTo(PostgresLexemes.BUDGET_BYTES);
    List<String> kept = Arrays.asList(joined.split(" "));
    assertThat(kept.get(0)).isEqualTo("ab");
    assertThat(kept).contains("w00000000", "w00000001").doesNotContain("w00119999", "é".repeat(5));
    // "ab" (2 bytes), then as many 9-byte words as fit in the remaining 999,998 bytes: 111,110.
    assertThat(kept).hasSize(1 + 111_110);
    assertThat(kept.get(kept.size() - 1)).isEqualTo("w00111109");
    assertThat(PostgresLexemes.joined("s", words)).isEqualTo(joined);
    assertThat(Set.copyOf(kept)).hasSameSizeAs(kept);
  }
}
