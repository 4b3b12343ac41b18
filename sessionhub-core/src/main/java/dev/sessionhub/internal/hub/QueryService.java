package dev.sessionhub.internal.hub;

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
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Search, "changes since" polling and the activity log, with keyset cursors. */
final class QueryService {

  private final HubContext ctx;

  QueryService(HubContext ctx) {
    this.ctx = ctx;
  }

  Page<Session> search(String actor, SessionQuery q) {
    validate(q);
    String fp = fingerprint(actor, q);
    SortPosition after = q.cursor() == null ? null : ctx.cursors().decodeSearch(q.cursor(), q.sort(), fp);
    List<Session> found = ctx.store().search(new SessionSearch(q, actor, after, q.pageSize() + 1));
    if (found.size() <= q.pageSize()) {
      return new Page<>(found, null);
    }
    List<Session> items = found.subList(0, q.pageSize());
    Session last = items.get(items.size() - 1);
    return new Page<>(items, ctx.cursors().encodeSearch(SortPosition.of(q.sort(), last), fp));
  }

  Page<Session> changesSince(String actor, Instant since, @Nullable String cursor, int pageSize) {
    Objects.requireNonNull(since, "since");
    SessionQuery q = SessionQuery.builder().updated(since, null).includeArchived(true)
        .sort(SortKey.UPDATED, SortDirection.ASC).pageSize(pageSize).cursor(cursor).build();
    return search(actor, q);
  }

  Page<ActivityEntry> activity(String sessionId, @Nullable String cursor, int pageSize) {
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
