package dev.sessionhub.spi;

import dev.sessionhub.model.SessionQuery;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the facade asks a {@link SessionStore} to search: a validated query, the user whose
 * visibility applies, where the page starts, and how many to return. The query's cursor has
 * already been decoded into {@link #after()}; stores never parse cursors.
 *
 * <p>Semantics every store must follow (the contract kit checks them):
 * <ul>
 *   <li>only sessions where {@code viewer} holds a role are returned;
 *   <li>text: every word of the text (split on anything but letters and digits) appears,
 *       case-insensitively, as a whole word of the name, description, a goal title, a tag or a
 *       learning; a store with stemming may match more;
 *   <li>sort by the query's key and direction, ties by id in the same direction; only sessions
 *       strictly after {@link #after()} in that order.
 * </ul>
 *
 * @param query the validated query
 * @param viewer the acting user
 * @param after the last session of the previous page, or {@code null} for the first page
 * @param limit how many to return at most
 */
public record SessionSearch(SessionQuery query, String viewer, @Nullable SortPosition after, int limit) {

  /** Checks that required components are present. */
  public SessionSearch {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(viewer, "viewer");
  }
}
