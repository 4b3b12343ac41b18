package dev.sessionhub.internal.memory;

import dev.sessionhub.model.SortDirection;
import dev.sessionhub.spi.SortPosition;
import java.util.Comparator;

/** The order of search results: by sort value, then by id, both in the query's direction. */
final class SearchOrder {

  private static final Comparator<SortPosition> ASCENDING =
      Comparator.comparing(SortPosition::value, SearchOrder::compareValues).thenComparing(SortPosition::id);

  private SearchOrder() {}

  /** Positions in the order a search in {@code direction} returns them. */
  static Comparator<SortPosition> of(SortDirection direction) {
    return direction == SortDirection.ASC ? ASCENDING : ASCENDING.reversed();
  }

  /** Compares two sort values of the same key; {@link SortPosition} guarantees their type. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareValues(Object a, Object b) {
    return ((Comparable) a).compareTo(b);
  }
}
