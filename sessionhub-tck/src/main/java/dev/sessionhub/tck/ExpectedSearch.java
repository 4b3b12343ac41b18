package dev.sessionhub.tck;

import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.spi.SearchText;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SortPosition;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a search must return, worked out from the written sessions alone, line by line from the
 * javadoc of {@link SessionQuery} and {@link SessionSearch}: the oracle the search tests compare
 * a store's answers with.
 */
final class ExpectedSearch {

  private ExpectedSearch() {}

  /** The sessions of {@code written} that {@code search} must return, in order. */
  static List<Session> of(Collection<Session> written, SessionSearch search) {
    SessionQuery q = search.query();
    return page(written.stream()
        .filter(s -> s.roleOf(search.viewer()).isPresent())
        .filter(s -> matches(q, s))
        .toList(), search);
  }

  /** Of sessions that match, those strictly after the search's position, in its order, at most its limit. */
  static List<Session> page(Collection<Session> matching, SessionSearch search) {
    SessionQuery q = search.query();
    Comparator<SortPosition> order = positionOrder(q.direction());
    SortPosition after = search.after();
    return matching.stream()
        .filter(s -> after == null || order.compare(SortPosition.of(q.sort(), s), after) > 0)
        .sorted(order(q.sort(), q.direction()))
        .limit(search.limit())
        .toList();
  }

  /** Sessions by the key's sort value, then by id, both in {@code direction}. */
  static Comparator<Session> order(SortKey key, SortDirection direction) {
    return Comparator.comparing(s -> SortPosition.of(key, s), positionOrder(direction));
  }

  /** Positions by value, then by id, both in {@code direction}. */
  private static Comparator<SortPosition> positionOrder(SortDirection direction) {
    Comparator<SortPosition> ascending = Comparator.comparing(SortPosition::value, ExpectedSearch::compareValues)
        .thenComparing(SortPosition::id);
    return direction == SortDirection.ASC ? ascending : ascending.reversed();
  }

  /** Compares two sort values of one key: {@link SortPosition} guarantees they have the same type. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareValues(Object a, Object b) {
    return ((Comparable) a).compareTo(b);
  }

  /** Whether a session passes the query's status, filters and text (visibility aside). */
  static boolean matches(SessionQuery q, Session s) {
    return q.effectiveStatuses().contains(s.status())
        && s.metadata().tags().containsAll(q.tags())
        && (q.text() == null || SearchText.of(s).containsAll(SearchText.of(q.text())))
        && matchesColumns(q, s);
  }

  /**
   * Whether a session passes the filters other than visibility, status, tags and text: those a
   * store typically answers from plain columns of the session.
   */
  static boolean matchesColumns(SessionQuery q, Session s) {
    return anyOf(q.types(), s.type())
        && anyOf(q.priorities(), s.priority())
        && (q.ownerId() == null || q.ownerId().equals(s.ownerId()))
        && (q.memberId() == null || s.roleOf(q.memberId()).isPresent())
        && (q.templateId() == null || q.templateId().equals(s.template().map(TemplateRef::templateId).orElse(null)))
        && within(s.createdAt(), q.createdFrom(), q.createdTo())
        && within(s.updatedAt(), q.updatedFrom(), q.updatedTo())
        && (q.progressMin() == null || s.progress() >= q.progressMin())
        && (q.progressMax() == null || s.progress() <= q.progressMax());
  }

  private static <T> boolean anyOf(Set<T> wanted, T value) {
    return wanted.isEmpty() || wanted.contains(value);
  }

  /** In {@code [from, to)}; a missing bound is open. */
  private static boolean within(Instant t, @Nullable Instant from, @Nullable Instant to) {
    return (from == null || !t.isBefore(from)) && (to == null || t.isBefore(to));
  }
}
