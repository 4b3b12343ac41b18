package dev.sessionhub.internal.memory;

import static dev.sessionhub.internal.memory.TestSessions.aSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.spi.SearchText;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SearchWords")
class SearchWordsTest {

  private final String joined = SearchWords.of(aSession("s1").name("Checkout fails").description("for saved cards, 2%")
      .metadata(new SessionMetadata(List.of("Bug"), List.of(), null)).build());

  @Test
  @DisplayName("joins the session's distinct lower-cased words, each between spaces")
  void joins() {
    assertThat(joined).startsWith(" ").endsWith(" ");
    assertThat(List.of(joined.trim().split(" ")))
        .containsExactlyInAnyOrder("checkout", "fails", "for", "saved", "cards", "2", "bug");
  }

  @Test
  @DisplayName("matches whole words only, wherever they stand")
  void wholeWords() {
    assertThat(matches("checkout")).isTrue();
    assertThat(matches("bug")).isTrue();
    assertThat(matches("2")).isTrue();
    assertThat(matches("check")).isFalse();
    assertThat(matches("out")).isFalse();
    assertThat(matches("card")).isFalse();
    assertThat(matches("fails for")).isTrue();
  }

  @Test
  @DisplayName("needs every word of the query; a query without words matches all")
  void everyWord() {
    assertThat(matches("CARDS saved bug")).isTrue();
    assertThat(matches("cards lost")).isFalse();
    assertThat(matches(" -- !")).isTrue();
  }

  private boolean matches(String query) {
    return SearchWords.containsAll(joined, SearchWords.patterns(SearchText.of(query)));
  }
}
