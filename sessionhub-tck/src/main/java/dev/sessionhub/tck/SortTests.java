package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SortPosition;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sort key in both directions, ties broken by id in the same direction, and keyset paging
 * that starts strictly after the last position of the previous page.
 */
abstract class SortTests extends SearchTests {

  private static final int PAGE = 7;

  static Stream<Arguments> everyOrder() {
    return Arrays.stream(SortKey.values())
        .flatMap(key -> Arrays.stream(SortDirection.values()).map(dir -> Arguments.of(key, dir)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyOrder")
  @DisplayName("returns every matching session by the key's value, ties by id in the same direction")
  void order(SortKey key, SortDirection direction) {
    SessionQuery.Builder q = query().includeArchived(true).sort(key, direction);
    assertThat(hasTies(key)).as("the corpus has ties under %s", key).isTrue();

    assertThat(found(q)).containsExactlyElementsOf(expected(q));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyOrder")
  @DisplayName("pages of 7, each after the last position of the one before, cover every session once, in order")
  void keysetPaging(SortKey key, SortDirection direction) {
    SessionQuery q = query().includeArchived(true).sort(key, direction).build();

    List<Session> paged = Pages.readAll(PAGE, ALL, last -> store().search(
        new SessionSearch(q, corpus.viewer, last == null ? null : SortPosition.of(key, last), PAGE)));

    assertThat(ids(paged)).containsExactlyElementsOf(expected(q.toBuilder()));
  }

  @Test
  @DisplayName("NAME compares lower-cased names by UTF-16 code unit, not by any locale's collation")
  void nameIsBinary() {
    List<String> names = found(query().includeArchived(true).sort(SortKey.NAME, SortDirection.ASC)).stream()
        .map(this::name).distinct().toList();

    assertThat(names).containsSubsequence("0-day", "_under", "alpha", "zeta", "émile", "über");
  }

  @Test
  @DisplayName("PRIORITY ascending runs from LOW to CRITICAL")
  void priorityOrder() {
    List<String> ascending = found(query().includeArchived(true).sort(SortKey.PRIORITY, SortDirection.ASC));

    assertThat(ascending.stream().map(this::session).map(s -> s.priority().ordinal()).toList()).isSorted();
  }

  private boolean hasTies(SortKey key) {
    return corpus.sessions.stream().map(s -> SortPosition.sortValue(key, s)).distinct().count()
        < corpus.sessions.size();
  }

  private Session session(String id) {
    return corpus.sessions.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private String name(String id) {
    return SortPosition.nameKey(session(id).name());
  }
}
