package dev.sessionhub.model;

/**
 * The documented limits on input sizes. Inputs over a limit are rejected with a validation
 * error naming the field; nothing is written.
 */
public final class Limits {

  /** Longest name of a session, template, goal title or milestone: 200 characters. */
  public static final int NAME_MAX = 200;
  /** Longest description of a session, template or goal: 20,000 characters. */
  public static final int DESCRIPTION_MAX = 20_000;
  /** Most goals in one session or template: 500. */
  public static final int GOALS_MAX = 500;
  /** Most milestones in one session or template: 100. */
  public static final int MILESTONES_MAX = 100;
  /** Most blockers (open and resolved) in one session: 500. */
  public static final int BLOCKERS_MAX = 500;
  /** Most resources (links) in one session: 200. */
  public static final int RESOURCES_MAX = 200;
  /** Most attachment versions in one session: 1,000. */
  public static final int ATTACHMENTS_MAX = 1_000;
  /** Most members (owner included) of one session: 100. */
  public static final int COLLABORATORS_MAX = 100;
  /** Most learnings in one session: 1,000. */
  public static final int LEARNINGS_MAX = 1_000;
  /** Most status-history entries (lifecycle transitions) of one session: 10,000. */
  public static final int HISTORY_MAX = 10_000;
  /** Longest comment body: 20,000 characters. */
  public static final int COMMENT_MAX = 20_000;
  /** Longest learning, blocker description or resolution, success criterion: 2,000 characters. */
  public static final int NOTE_MAX = 2_000;
  /** Longest URL of a resource: 2,000 characters. */
  public static final int URL_MAX = 2_000;
  /** Most tags or skills, each: 50; each at most {@link #TAG_MAX} characters. */
  public static final int TAGS_MAX = 50;
  /** Longest tag or skill: 50 characters. */
  public static final int TAG_MAX = 50;
  /** Longest user id: 100 characters. */
  public static final int USER_ID_MAX = 100;
  /** Largest custom fields, as compact UTF-8 JSON: 64 KiB. */
  public static final int CUSTOM_FIELDS_MAX_BYTES = 64 * 1024;
  /** Longest free-text search: 200 characters. */
  public static final int SEARCH_TEXT_MAX = 200;
  /** Largest page size of a query: 500. */
  public static final int PAGE_SIZE_MAX = 500;
  /** Highest weight of a goal: 1,000 (the lowest is 1). */
  public static final int WEIGHT_MAX = 1_000;
  /** Longest estimate or duration: 365 days. */
  public static final java.time.Duration DURATION_MAX = java.time.Duration.ofDays(365);

  private Limits() {}
}
