package dev.sessionhub.model;

/**
 * The documented limits on input sizes. Inputs over a limit are rejected with a validation
 * error naming the field; nothing is written.
 *
 * <p>Besides sizes, every text and id is checked for what a store cannot keep exactly: the NUL
 * character (U+0000) and unpaired UTF-16 surrogates are rejected wherever they appear, in names,
 * descriptions, tags, comments, user ids, custom field keys and values alike. Ids (of sessions,
 * goals, milestones, blockers, resources, attachments, comments, templates) are 1 to
 * {@link #ID_MAX} of {@code [A-Za-z0-9_-]}.
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
  /** Longest id of a session, goal, milestone, blocker, resource, attachment, comment or template: 64. */
  public static final int ID_MAX = 64;
  /** Longest user id: 100 characters. */
  public static final int USER_ID_MAX = 100;
  /** Largest custom fields, as compact UTF-8 JSON: 64 KiB. */
  public static final int CUSTOM_FIELDS_MAX_BYTES = 64 * 1024;
  /**
   * Deepest nesting of custom fields: 32 levels of objects and arrays, the fields' own object
   * being level 1 (so {@code {"a":{"b":[1]}}} has 3).
   */
  public static final int CUSTOM_FIELDS_DEPTH_MAX = 32;
  /** Longest key of a top-level custom field: 100 characters. */
  public static final int CUSTOM_FIELD_KEY_MAX = 100;
  /** Most success criteria of one goal: 50. */
  public static final int SUCCESS_CRITERIA_MAX = 50;
  /** Longest attachment file name: 255 characters. */
  public static final int ATTACHMENT_NAME_MAX = 255;
  /** Longest value a template parameter is filled with, or defaults to: 1,000 characters. */
  public static final int PARAMETER_VALUE_MAX = 1_000;
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
