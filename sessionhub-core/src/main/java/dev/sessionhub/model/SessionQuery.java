package dev.sessionhub.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A search over the sessions the acting user can see: free text, filters, a sort and a page.
 * Every filter left empty or {@code null} matches everything; filters combine with AND.
 * Build one with {@link #builder()}. Limits are checked by the facade, which reports every
 * violation at once.
 *
 * @param text words that must all appear as whole words (case-insensitive) in the name,
 *     description, goal titles, tags or learnings; at most {@link Limits#SEARCH_TEXT_MAX}
 *     characters. Stores with stemming may also match inflected forms.
 * @param statuses match any of these (empty: every status except ARCHIVED unless
 *     {@code includeArchived})
 * @param types match any of these
 * @param priorities match any of these
 * @param ownerId owned by this user
 * @param memberId this user holds any role
 * @param tags every one of these tags is present
 * @param templateId created from this template (any version)
 * @param createdFrom created at or after (inclusive)
 * @param createdTo created before (exclusive)
 * @param updatedFrom updated at or after (inclusive)
 * @param updatedTo updated before (exclusive)
 * @param progressMin progress at least this (0-100)
 * @param progressMax progress at most this (0-100)
 * @param includeArchived with an empty status filter, whether archived sessions are included
 * @param sort sort key; ties broken by id in the same direction
 * @param direction sort direction
 * @param pageSize 1 to {@link Limits#PAGE_SIZE_MAX}
 * @param cursor the {@code nextCursor} of the previous page, or {@code null} for the first page
 */
public record SessionQuery(
    @Nullable String text,
    Set<SessionStatus> statuses,
    Set<SessionType> types,
    Set<Priority> priorities,
    @Nullable String ownerId,
    @Nullable String memberId,
    List<String> tags,
    @Nullable String templateId,
    @Nullable Instant createdFrom,
    @Nullable Instant createdTo,
    @Nullable Instant updatedFrom,
    @Nullable Instant updatedTo,
    @Nullable Double progressMin,
    @Nullable Double progressMax,
    boolean includeArchived,
    SortKey sort,
    SortDirection direction,
    int pageSize,
    @Nullable String cursor) {

  /** Default page size: 50. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** Copies the collections. */
  public SessionQuery {
    statuses = Lists.checked("statuses", statuses).isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    types = Set.copyOf(Lists.checked("types", types));
    priorities = Set.copyOf(Lists.checked("priorities", priorities));
    tags = List.copyOf(new LinkedHashSet<>(Lists.checked("tags", tags)));
  }

  /** A query with no filters, sorted by last update, newest first, 50 per page. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.text = text;
    b.statuses = EnumSet.noneOf(SessionStatus.class);
    b.statuses.addAll(statuses);
    b.types = new LinkedHashSet<>(types);
    b.priorities = new LinkedHashSet<>(priorities);
    b.ownerId = ownerId;
    b.memberId = memberId;
    b.tags = new LinkedHashSet<>(tags);
    b.templateId = templateId;
    b.createdFrom = createdFrom;
    b.createdTo = createdTo;
    b.updatedFrom = updatedFrom;
    b.updatedTo = updatedTo;
    b.progressMin = progressMin;
    b.progressMax = progressMax;
    b.includeArchived = includeArchived;
    b.sort = sort;
    b.direction = direction;
    b.pageSize = pageSize;
    b.cursor = cursor;
    return b;
  }

  /** The statuses that match: the filter, or every status but ARCHIVED unless archived are included. */
  public Set<SessionStatus> effectiveStatuses() {
    if (!statuses.isEmpty()) {
      return statuses;
    }
    EnumSet<SessionStatus> all = EnumSet.allOf(SessionStatus.class);
    if (!includeArchived) {
      all.remove(SessionStatus.ARCHIVED);
    }
    return all;
  }

  /** Builds {@link SessionQuery} values. Not thread-safe. */
  public static final class Builder {
    private @Nullable String text;
    private Set<SessionStatus> statuses = EnumSet.noneOf(SessionStatus.class);
    private Set<SessionType> types = new LinkedHashSet<>();
    private Set<Priority> priorities = new LinkedHashSet<>();
    private @Nullable String ownerId;
    private @Nullable String memberId;
    private Set<String> tags = new LinkedHashSet<>();
    private @Nullable String templateId;
    private @Nullable Instant createdFrom;
    private @Nullable Instant createdTo;
    private @Nullable Instant updatedFrom;
    private @Nullable Instant updatedTo;
    private @Nullable Double progressMin;
    private @Nullable Double progressMax;
    private boolean includeArchived;
    private SortKey sort = SortKey.UPDATED;
    private SortDirection direction = SortDirection.DESC;
    private int pageSize = DEFAULT_PAGE_SIZE;
    private @Nullable String cursor;

    private Builder() {}

    /** Free-text search. */
    public Builder text(@Nullable String v) { text = v; return this; }

    /** Adds statuses to match. */
    public Builder status(SessionStatus... v) { statuses.addAll(Lists.copyOf("statuses", Arrays.asList(v))); return this; }

    /** Adds types to match. */
    public Builder type(SessionType... v) { types.addAll(Lists.copyOf("types", Arrays.asList(v))); return this; }

    /** Adds priorities to match. */
    public Builder priority(Priority... v) { priorities.addAll(Lists.copyOf("priorities", Arrays.asList(v))); return this; }

    /** Owned by this user. */
    public Builder owner(@Nullable String v) { ownerId = v; return this; }

    /** This user is a member. */
    public Builder member(@Nullable String v) { memberId = v; return this; }

    /** Adds tags that must all be present. */
    public Builder tag(String... v) { tags.addAll(Lists.copyOf("tags", Arrays.asList(v))); return this; }

    /** Created from this template. */
    public Builder template(@Nullable String v) { templateId = v; return this; }

    /** Created in [from, to). */
    public Builder created(@Nullable Instant from, @Nullable Instant to) {
      createdFrom = from;
      createdTo = to;
      return this;
    }

    /** Updated in [from, to). */
    public Builder updated(@Nullable Instant from, @Nullable Instant to) {
      updatedFrom = from;
      updatedTo = to;
      return this;
    }

    /** Progress in [min, max]. */
    public Builder progress(@Nullable Double min, @Nullable Double max) {
      progressMin = min;
      progressMax = max;
      return this;
    }

    /** Whether archived sessions match when no status filter is given. */
    public Builder includeArchived(boolean v) { includeArchived = v; return this; }

    /** Sort order. */
    public Builder sort(SortKey key, SortDirection dir) {
      sort = key;
      direction = dir;
      return this;
    }

    /** Page size, 1 to 500. */
    public Builder pageSize(int v) { pageSize = v; return this; }

    /** The cursor of the previous page. */
    public Builder cursor(@Nullable String v) { cursor = v; return this; }

    /** Builds the query; limits are checked when it is run. */
    public SessionQuery build() {
      return new SessionQuery(text, statuses, types, priorities, ownerId, memberId, List.copyOf(tags),
          templateId, createdFrom, createdTo, updatedFrom, updatedTo, progressMin, progressMax,
          includeArchived, sort, direction, pageSize, cursor);
    }
  }
}
