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
 *   <li>only sessions where {@code viewer} holds a role in the stored snapshot's
 *       {@link dev.sessionhub.model.Session#collaborators() collaborators} are returned, whatever
 *       the filters say; user ids compare exactly (see {@link SessionStore}: {@code Ann} is not
 *       {@code ann});
 *   <li>text: every word of the text, as {@link SearchText#of(String)} splits it (maximal runs
 *       of letters and digits, lower-cased), appears as a whole word of the name, description,
 *       a goal title, a tag or a learning, as {@link SearchText#of(dev.sessionhub.model.Session)}
 *       collects them. Every word counts: words of one or two letters, stop words such as
 *       "the" or "and", digits, and words in any script (Cyrillic, Greek, CJK, accented Latin)
 *       are found like any other; what a full-text engine would drop must be matched another
 *       way. A store with stemming may match more. A text with no words at all (empty, blank
 *       or only punctuation) matches every session, as if no text were given;
 *   <li>tags: every tag of the filter is one of the session's tags, compared exactly
 *       (case-sensitive: the filter {@code java} does not find a session tagged {@code Java});
 *       owner, member and template filters compare exactly too;
 *   <li>status: the query's {@link SessionQuery#effectiveStatuses()}, so archived sessions only
 *       when asked for;
 *   <li>sort by the query's key and direction, ties by id in the same direction; only sessions
 *       strictly after {@link #after()} in that order.
 * </ul>
 *
 * <p>"Changes since" ({@code SessionHub.changesSince}) is a search by update time, ascending,
 * from {@code since} minus the hub's safety margin. A session's update time is stamped by the
 * writing instance before the store commits, so a write can become visible after another one
 * stamped later; the margin makes a poller that continues from the last update time it saw still
 * receive such a write, provided it commits within the margin of its stamp. Stores need do
 * nothing for it beyond filtering and sorting by update time exactly.
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
