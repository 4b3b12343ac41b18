package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.T0;
import static dev.sessionhub.tck.StoreData.aSession;
import static dev.sessionhub.tck.StoreData.insertOf;
import static dev.sessionhub.tck.StoreData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Goal;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.SessionQuery;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every word {@link dev.sessionhub.spi.SearchText} makes is searchable: words of one or two
 * letters, stop words, digits, and words in every script. A full-text engine left to its
 * defaults (minimum word lengths, stop-word lists, Latin-only parsers) fails here; the store must
 * match such words another way.
 */
abstract class WordTests extends StoreTests {

  private final String viewer = unique("viewer");
  private Session shortWords;
  private Session theory;
  private Session cyrillic;
  private Session cjk;
  private Session greek;
  private Session accented;
  private Session plain;

  @BeforeEach
  void writeSessions() {
    shortWords = stored(aSession(unique("w"), viewer).name("Go to the DB and fix it").description("X Y 42 r2d2"));
    theory = stored(aSession(unique("w"), viewer).name("Theory and practice").description("another fixture"));
    cyrillic = stored(aSession(unique("w"), viewer).name("Отчёт").description("Москва и Санкт-Петербург"));
    cjk = stored(aSession(unique("w"), viewer).goals(List.of(Goal.of("g1", "東京 タワー 점검"))));
    greek = stored(aSession(unique("w"), viewer).metadata(new SessionMetadata(List.of("Αθήνα"), List.of(), null)));
    accented = stored(aSession(unique("w"), viewer)
        .learnings(List.of(new Learning("l1", "Café crème à la carte, Ærø", viewer, T0))));
    plain = stored(aSession(unique("w"), viewer).name("Plain session"));
  }

  private Session stored(Session.Builder b) {
    Session s = b.build();
    store().insert(insertOf(s));
    return s;
  }

  private List<String> text(String text) {
    return idsFoundBy(viewer, SessionQuery.builder().text(text));
  }

  @Test
  @DisplayName("words of one or two letters and numbers are found, as whole words")
  void shortWords() {
    assertThat(text("go")).containsExactly(shortWords.id());
    assertThat(text("DB")).containsExactly(shortWords.id());
    assertThat(text("x y")).containsExactly(shortWords.id());
    assertThat(text("42")).containsExactly(shortWords.id());
    assertThat(text("R2D2")).containsExactly(shortWords.id());
    assertThat(text("4")).isEmpty();
    assertThat(text("go x plain")).isEmpty();
  }

  @Test
  @DisplayName("stop words are found like any other word, and only as whole words")
  void stopWords() {
    assertThat(text("the")).containsExactly(shortWords.id());
    assertThat(text("and")).containsExactlyInAnyOrder(shortWords.id(), theory.id());
    assertThat(text("it to")).containsExactly(shortWords.id());
    assertThat(text("THE AND")).containsExactly(shortWords.id());
    assertThat(text("an")).isEmpty();
  }

  @Test
  @DisplayName("words in Cyrillic, CJK, Greek and accented Latin are found, in any case")
  void anyScript() {
    assertThat(text("москва")).containsExactly(cyrillic.id());
    assertThat(text("САНКТ петербург")).containsExactly(cyrillic.id());
    assertThat(text("отчёт")).containsExactly(cyrillic.id());
    assertThat(text("и")).containsExactly(cyrillic.id());
    assertThat(text("東京")).containsExactly(cjk.id());
    assertThat(text("タワー")).containsExactly(cjk.id());
    assertThat(text("점검")).containsExactly(cjk.id());
    assertThat(text("ΑΘΉΝΑ")).containsExactly(greek.id());
    assertThat(text("αθήνα")).containsExactly(greek.id());
    assertThat(text("CAFÉ crème")).containsExactly(accented.id());
    assertThat(text("à")).containsExactly(accented.id());
    assertThat(text("ærø")).containsExactly(accented.id());
    assertThat(text("東")).isEmpty();
  }

  @Test
  @DisplayName("a text with no words (empty, blank or punctuation only) matches every session, as no text does")
  void noWords() {
    List<String> all = idsFoundBy(viewer, SessionQuery.builder());
    assertThat(all).containsExactlyInAnyOrder(shortWords.id(), theory.id(), cyrillic.id(), cjk.id(), greek.id(),
        accented.id(), plain.id());
    for (String wordless : List.of("", " ", "  \t ", "!!!", "-- / ?", "…")) {
      assertThat(text(wordless)).as("text \"%s\"", wordless).isEqualTo(all);
    }
  }
}
