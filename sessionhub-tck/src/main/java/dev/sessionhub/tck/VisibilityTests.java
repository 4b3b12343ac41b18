package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.spi.SessionSearch;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A search returns only sessions where its viewer holds a role, whatever the filters say. */
abstract class VisibilityTests extends SearchTests {

  @Test
  @DisplayName("a viewer finds exactly the sessions where they hold any role")
  void viewerSeesOwnSessions() {
    assertThat(found(query().includeArchived(true))).hasSize(SearchCorpus.VISIBLE)
        .containsExactlyInAnyOrderElementsOf(ids(corpus.sessions.subList(0, SearchCorpus.VISIBLE)));
  }

  @Test
  @DisplayName("another user finds theirs, and a user without any role finds nothing")
  void othersSeeTheirs() {
    assertThat(foundBy(corpus.stranger, query().includeArchived(true)))
        .containsExactlyInAnyOrderElementsOf(ids(corpus.sessions.subList(SearchCorpus.VISIBLE, corpus.sessions.size())));
    assertThat(foundBy(StoreData.unique("nobody"), query().includeArchived(true))).isEmpty();
  }

  @Test
  @DisplayName("a member or owner filter never widens what the viewer sees")
  void filtersDoNotWiden() {
    assertThat(found(query().member(corpus.stranger).includeArchived(true))).isEmpty();
    assertThat(found(query().owner(corpus.stranger).includeArchived(true))).isEmpty();
    assertThat(foundBy(corpus.friend, query().includeArchived(true)))
        .contains(id(0), id(1), id(2), id(40)).doesNotContain(id(3), id(41));
  }

  @Test
  @DisplayName("text matching a session the viewer cannot see does not reveal it")
  void textDoesNotReveal() {
    assertThat(foundBy(corpus.stranger, query().text("kangaroo"))).containsExactly(id(41));
    assertThat(found(query().text("secrets"))).isEmpty();
  }

  private List<String> foundBy(String viewer, SessionQuery.Builder q) {
    return ids(store().search(new SessionSearch(q.build(), viewer, null, ALL)));
  }
}
