package dev.sessionhub.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SearchText: words are runs of letters and digits, lower-cased with Locale.ROOT")
class SearchTextTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** The rule written plainly: what the optimised tokenizer must give for every text. */
  private static Set<String> reference(String text) {
    Set<String> words = new LinkedHashSet<>();
    StringBuilder word = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(cp);
      } else if (word.length() > 0) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
    });
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  @Test
  @DisplayName("examples: case, digits, separators, non-ASCII letters and letters outside the BMP")
  void examples() {
    assertThat(SearchText.of("Fix the LOGIN-form, v2.1!")).containsExactly("fix", "the", "login", "form", "v2", "1");
    assertThat(SearchText.of("Straße İstanbul ΣΑΣ naïve 日本語")).containsExactly(
        "straße", "İstanbul".toLowerCase(Locale.ROOT), "σας", "naïve", "日本語");
    assertThat(SearchText.of("𝔘𝔫𝔦 x")).containsExactly("𝔘𝔫𝔦".toLowerCase(Locale.ROOT), "x");
    assertThat(SearchText.of("  --  ")).isEmpty();
    assertThat(SearchText.of("abc ABC Abc")).containsExactly("abc");
  }

  @Test
  @DisplayName("equals the plainly written rule on 20,000 random texts of mixed scripts")
  void randomTexts() {
    String[] pieces = {"a", "Z", "q", "M", "0", "9", " ", "-", ".", "_", "'", "é", "É", "ß", "İ", "ı", "Σ", "ς",
        "日", "本", "\u0301", "𝔘", "😀", "\u00a0", "\t", "\n", "½", "٣", "Ⅻ", "\ud800", "x\udc00"};
    Random random = new Random(20261125);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      assertThat(SearchText.of(t)).as("%s", t).containsExactlyElementsOf(reference(t));
    }
  }

  @Test
  @DisplayName("a session's words: name, description, goal titles and tags, once each; the set cannot be changed")
  void sessionWords() {
    Session s = Session.builder().id("s").name("Login fails").description("The LOGIN page fails on Safari")
        .version(1).createdAt(T0).updatedAt(T0)
        .collaborators(List.of(new Collaborator("u", Role.OWNER, T0)))
        .goals(List.of(Goal.of("g1", "Reproduce on Safari 17"))).build();

    Set<String> words = SearchText.of(s);

    assertThat(words).containsExactlyInAnyOrder("login", "fails", "the", "page", "on", "safari", "reproduce", "17");
    assertThatThrownBy(() -> words.add("x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
