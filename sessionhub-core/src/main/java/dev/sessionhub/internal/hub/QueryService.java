package dev.sessionhub.internal.hub;

import dev.sessionhub.Operation;
import dev.sessionhub.SessionHub;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Page;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SortPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search, "changes since" polling and the activity log, with keyset cursors. Whatever the store
 * answers, a search returns only sessions whose snapshot gives the actor a role: any other is
 * dropped and the store asked for more, so pages stay full and cursors exact.
 */
final class QueryService {

  private static final Logger LOG = LoggerFactory.getLogger(QueryService.class);

  private final HubContext ctx;
  private final SessionWriter reader;

  QueryService(HubContext ctx, SessionWriter reader) {
    this.ctx = ctx;
    this.reader = reader;
  }

  Page<Session> search(String actor, SessionQuery q) {
    validate(q);
    String fp = fingerprint(actor, q);
    SortPosition after = q.cursor() == null ? null : ctx.cursors().decodeSearch(q.cursor(), q.sort(), fp);
    List<Session> items = new ArrayList<>(q.pageSize());
    boolean more = visiblePage(actor, q, after, items);
    if (!more) {
      return new Page<>(items, null);
    }
    Session last = items.get(items.size() - 1);
    return new Page<>(items, ctx.cursors().encodeSearch(SortPosition.of(q.sort(), last), fp));
  }

  /**
   * Fills {@code page} with up to a page of sessions the actor may see, after {@code after};
   * returns whether a visible session follows them. A session the store returned although the
   * actor holds no role in it (a store with a stale member index) is skipped and logged.
   */
  private boolean visiblePage(String actor, SessionQuery q, @Nullable SortPosition after, List<Session> page) {
    int ask = q.pageSize() + 1;
    int hidden = 0;
    SortPosition from = after;
    try {
      while (true) {
        List<Session> found = ctx.store().search(new SessionSearch(q, actor, from, ask));
        for (Session s : found) {
          if (s.roleOf(actor).isEmpty()) {
            hidden++;
          } else if (page.size() == q.pageSize()) {
            return true;
          } else {
            page.add(s);
          }
        }
        if (found.size() < ask) {
          return false;
        }
        SortPosition last = SortPosition.of(q.sort(), found.get(found.size() - 1));
        if (last.equals(from)) {
          LOG.warn("the session store returned the same sessions again for a search after {}; ending the page", last);
          return false;
        }
        from = last;
      }
    } finally {
      if (hidden > 0) {
        LOG.warn("the session store returned {} session(s) to a search that do not list the viewer as a member;"
            + " they were dropped (the store does not follow the SessionStore contract)", hidden);
      }
    }
  }

  Page<Session> changesSince(String actor, Instant since, @Nullable String cursor, int pageSize) {
    Objects.requireNonNull(since, "since");
    SessionQuery q = SessionQuery.builder().updated(withMargin(since), null).includeArchived(true)
        .sort(SortKey.UPDATED, SortDirection.ASC).pageSize(pageSize).cursor(cursor).build();
    return search(actor, q);
  }

  /** {@code since} minus {@link SessionHub#CHANGES_SINCE_MARGIN}, or the earliest instant. */
  private static Instant withMargin(Instant since) {
    Instant earliest = Instant.MIN.plus(SessionHub.CHANGES_SINCE_MARGIN);
    return since.isBefore(earliest) ? Instant.MIN : since.minus(SessionHub.CHANGES_SINCE_MARGIN);
  }

  Page<ActivityEntry> activity(String actor, String sessionId, @Nullable String cursor, int pageSize) {
    reader.loadAuthorized(actor, sessionId, Operation.LIST_ACTIVITY);
    checkPageSize(pageSize);
    long after = cursor == null ? 0 : ctx.cursors().decodeNumber(cursor, "a1", sessionId);
    List<ActivityEntry> items = ctx.store().activity(sessionId, after, pageSize + 1);
    if (items.size() <= pageSize) {
      return new Page<>(items, null);
    }
    items = items.subList(0, pageSize);
    return new Page<>(items, ctx.cursors().encodeNumber("a1", items.get(pageSize - 1).seq(), sessionId));
  }

  static void checkPageSize(int pageSize) {
    if (pageSize < 1 || pageSize > Limits.PAGE_SIZE_MAX) {
      throw ValidationException.of("pageSize", "must be between 1 and " + Limits.PAGE_SIZE_MAX + ", was " + pageSize);
    }
  }

  static void validate(SessionQuery q) {
    Checks c = new Checks();
    c.range("pageSize", q.pageSize(), 1, Limits.PAGE_SIZE_MAX);
    c.optional("text", q.text(), Limits.SEARCH_TEXT_MAX);
    c.texts("tags", q.tags(), Limits.TAGS_MAX, Limits.TAG_MAX);
    c.optional("ownerId", q.ownerId(), Limits.USER_ID_MAX).optional("memberId", q.memberId(), Limits.USER_ID_MAX);
    if (q.templateId() != null) {
      c.id("templateId", q.templateId());
    }
    progress(c, "progressMin", q.progressMin());
    progress(c, "progressMax", q.progressMax());
    if (q.progressMin() != null && q.progressMax() != null) {
      c.check(q.progressMin() <= q.progressMax(), "progressMin", "must not exceed progressMax");
    }
    order(c, "createdFrom", q.createdFrom(), q.createdTo());
    order(c, "updatedFrom", q.updatedFrom(), q.updatedTo());
    c.check(q.cursor() == null || !q.cursor().isBlank(), "cursor", "must not be blank");
    c.throwIfAny();
  }

  private static void progress(Checks c, String path, @Nullable Double v) {
    if (v != null) {
      c.check(!v.isNaN() && v >= 0 && v <= 100, path, "must be between 0 and 100, was " + v);
    }
  }

  private static void order(Checks c, String path, @Nullable Instant from, @Nullable Instant to) {
    if (from != null && to != null) {
      c.check(from.isBefore(to), path, "must be before the end of the range");
    }
  }

  /** What a cursor is bound to: the viewer and every part of the query but the page size and cursor. */
  static String fingerprint(String viewer, SessionQuery q) {
    return String.join("\u0001", viewer, String.valueOf(q.text()), sorted(q.statuses()), sorted(q.types()),
        sorted(q.priorities()), String.valueOf(q.ownerId()), String.valueOf(q.memberId()), sorted(q.tags()),
        String.valueOf(q.templateId()), String.valueOf(q.createdFrom()), String.valueOf(q.createdTo()),
        String.valueOf(q.updatedFrom()), String.valueOf(q.updatedTo()), String.valueOf(q.progressMin()),
        String.valueOf(q.progressMax()), String.valueOf(q.includeArchived()), q.sort().name(), q.direction().name());
  }

  private static String sorted(java.util.Collection<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new)).toString();
  }
}
