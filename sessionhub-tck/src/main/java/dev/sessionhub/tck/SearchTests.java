package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.spi.SessionSearch;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the search groups: the {@link SearchCorpus} is written before each test, and a
 * store's answers are compared with {@link ExpectedSearch}.
 */
abstract class SearchTests extends StoreTests {

  /** More than the corpus holds: one page returns everything that matches. */
  static final int ALL = 1_000;

  final SearchCorpus corpus = new SearchCorpus();

  @BeforeEach
  void writeCorpus() {
    corpus.insertInto(store());
  }

  /** A query with no filter. */
  static SessionQuery.Builder query() {
    return SessionQuery.builder();
  }

  /** The ids the store returns to the corpus's viewer, first page of {@link #ALL}. */
  List<String> found(SessionQuery.Builder q) {
    return ids(store().search(new SessionSearch(q.build(), corpus.viewer, null, ALL)));
  }

  /** The ids it must return. */
  List<String> expected(SessionQuery.Builder q) {
    return ids(ExpectedSearch.of(corpus.sessions, new SessionSearch(q.build(), corpus.viewer, null, ALL)));
  }

  /** Checks the store returns exactly the expected sessions in the expected order. */
  void assertFinds(SessionQuery.Builder q) {
    assertThat(found(q)).containsExactlyElementsOf(expected(q));
  }

  /**
   * Like {@link #assertFinds}, after checking the corpus makes the query meaningful: it matches
   * some sessions, but not all those an unfiltered query does.
   */
  void assertNarrows(SessionQuery.Builder q) {
    List<String> expected = expected(q);
    assertThat(expected).as("sessions the query should find").isNotEmpty()
        .isNotEqualTo(expected(query().includeArchived(true))).isNotEqualTo(expected(query()));
    assertThat(found(q)).containsExactlyElementsOf(expected);
  }

  String id(int i) {
    return corpus.get(i).id();
  }

  static List<String> ids(List<Session> sessions) {
    return sessions.stream().map(Session::id).toList();
  }
}
