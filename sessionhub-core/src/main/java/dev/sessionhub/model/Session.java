package dev.sessionhub.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of one work session: the whole aggregate that a store persists, at one
 * {@link #version()}. Every change goes through the {@code SessionHub} facade, which returns a new
 * snapshot with the version incremented; a write naming a stale version is rejected.
 *
 * <p>Two values are derived rather than stored: {@link #progress()} (from the goals) and
 * {@link #actualDuration(Instant)} (from the status history). Comments are not part of the
 * snapshot; it carries only {@link #commentCount()}.
 *
 * <p>Instances are thread-safe. Build one with {@link #builder()} or {@link #toBuilder()}.
 */
public final class Session {

  private final String id;
  private final long version;
  private final long editVersion;
  private final @Nullable String createKey;
  private final String name;
  private final String description;
  private final SessionType type;
  private final SessionStatus status;
  private final Priority priority;
  private final @Nullable TemplateRef template;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final @Nullable Instant startedAt;
  private final @Nullable Instant completedAt;
  private final @Nullable Instant archivedAt;
  private final @Nullable Duration estimatedDuration;
  private final List<Goal> goals;
  private final List<Milestone> milestones;
  private final List<Blocker> blockers;
  private final List<Resource> resources;
  private final List<Attachment> attachments;
  private final List<Collaborator> collaborators;
  private final List<StatusChange> history;
  private final SessionSettings settings;
  private final SessionMetadata metadata;
  private final Map<String, @Nullable Object> customFields;
  private final List<Learning> learnings;
  private final long commentCount;
  private final String ownerId;
  private final double progress;

  private Session(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.version = b.version;
    this.editVersion = b.editVersion == 0 ? b.version : b.editVersion;
    if (editVersion < 0 || editVersion > version) {
      throw new IllegalArgumentException("editVersion " + editVersion + " must be between 1 and version " + version);
    }
    this.createKey = b.createKey;
    this.name = Objects.requireNonNull(b.name, "name");
    this.description = Objects.requireNonNull(b.description, "description");
    this.type = Objects.requireNonNull(b.type, "type");
    this.status = Objects.requireNonNull(b.status, "status");
    this.priority = Objects.requireNonNull(b.priority, "priority");
    this.template = b.template;
    this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(b.updatedAt, "updatedAt");
    this.startedAt = b.startedAt;
    this.completedAt = b.completedAt;
    this.archivedAt = b.archivedAt;
    this.estimatedDuration = b.estimatedDuration;
    this.goals = List.copyOf(b.goals);
    this.milestones = List.copyOf(b.milestones);
    this.blockers = List.copyOf(b.blockers);
    this.resources = List.copyOf(b.resources);
    this.attachments = List.copyOf(b.attachments);
    this.collaborators = List.copyOf(b.collaborators);
    this.history = List.copyOf(b.history);
    this.settings = Objects.requireNonNull(b.settings, "settings");
    this.metadata = Objects.requireNonNull(b.metadata, "metadata");
    this.customFields = CustomValues.copyOf(b.customFields);
    this.learnings = List.copyOf(b.learnings);
    if (b.commentCount < 0) {
      throw new IllegalArgumentException("commentCount must not be negative: " + b.commentCount);
    }
    this.commentCount = b.commentCount;
    this.ownerId = soleOwner(id, collaborators);
    this.progress = Progress.percent(goals);
  }

  private static String soleOwner(String id, List<Collaborator> collaborators) {
    String owner = null;
    for (Collaborator c : collaborators) {
      if (c.role() == Role.OWNER) {
        if (owner != null) {
          throw new IllegalArgumentException("session " + id + " has more than one owner");
        }
        owner = c.userId();
      }
    }
    if (owner == null) {
      throw new IllegalArgumentException("session " + id + " has no owner");
    }
    return owner;
  }

  /** A builder with defaults: DRAFT, MEDIUM priority, OTHER type, version 0, empty collections. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of this snapshot. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The session's id, unique in its store. */
  public String id() {
    return id;
  }

  /**
   * The version: 1 after insert, incremented by every stored change, edits and appends alike, so
   * a higher version is always a newer snapshot. Edits name the version they read; see
   * {@link #editVersion()} for when that version is still good.
   */
  public long version() {
    return version;
  }

  /**
   * The version at which the session was last edited (created, imported, or changed by an
   * operation that names a version). Appends (comments, learnings, uploads) raise
   * {@link #version()} but not this. An edit naming version {@code v} is accepted when
   * {@code editVersion() <= v <= version()}: nothing but appends happened since {@code v}.
   */
  public long editVersion() {
    return editVersion;
  }

  /**
   * The caller-supplied key of the create or import that made this session, if it had one: a
   * retry with the same key by the same user returns this session instead of making another.
   */
  public Optional<String> createKey() {
    return Optional.ofNullable(createKey);
  }

  /** Short name, at most {@link Limits#NAME_MAX} characters. */
  public String name() {
    return name;
  }

  /** Longer description, may be empty. */
  public String description() {
    return description;
  }

  /** What kind of work this is. */
  public SessionType type() {
    return type;
  }

  /** The lifecycle state. */
  public SessionStatus status() {
    return status;
  }

  /** How urgent it is. */
  public Priority priority() {
    return priority;
  }

  /** The user holding the OWNER role. */
  public String ownerId() {
    return ownerId;
  }

  /** The template and version this session came from, if any. */
  public Optional<TemplateRef> template() {
    return Optional.ofNullable(template);
  }

  /** When the session was created. */
  public Instant createdAt() {
    return createdAt;
  }

  /** When the session was last changed. */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** When it was first started, if ever. */
  public Optional<Instant> startedAt() {
    return Optional.ofNullable(startedAt);
  }

  /** When it was last completed, if it is completed or archived after completion. */
  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /** When it was archived, if it is. */
  public Optional<Instant> archivedAt() {
    return Optional.ofNullable(archivedAt);
  }

  /** The planned duration, if one was given. */
  public Optional<Duration> estimatedDuration() {
    return Optional.ofNullable(estimatedDuration);
  }

  /**
   * Time spent ACTIVE, summed over the status history; a stretch still running counts up to
   * {@code asOf}.
   */
  public Duration actualDuration(Instant asOf) {
    return ActiveTime.of(history, status, asOf);
  }

  /** Weighted share of done goals, 0 to 100; skipped goals leave the denominator. */
  public double progress() {
    return progress;
  }

  /** The goals, in creation order; sub-goals name their parent. */
  public List<Goal> goals() {
    return goals;
  }

  /** The goal with this id, if present. */
  public Optional<Goal> goal(String goalId) {
    return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
  }

  /** The milestones. */
  public List<Milestone> milestones() {
    return milestones;
  }

  /** Every blocker raised, open and resolved. */
  public List<Blocker> blockers() {
    return blockers;
  }

  /** Links to outside resources. */
  public List<Resource> resources() {
    return resources;
  }

  /** Metadata of every attachment version. */
  public List<Attachment> attachments() {
    return attachments;
  }

  /** Every member, the owner included. */
  public List<Collaborator> collaborators() {
    return collaborators;
  }

  /** The role of a user on this session, if they are a member. */
  public Optional<Role> roleOf(String userId) {
    for (Collaborator c : collaborators) {
      if (c.userId().equals(userId)) {
        return Optional.of(c.role());
      }
    }
    return Optional.empty();
  }

  /** Every lifecycle transition, oldest first. */
  public List<StatusChange> history() {
    return history;
  }

  /** Per-session preferences. */
  public SessionSettings settings() {
    return settings;
  }

  /** Tags, skills and difficulty. */
  public SessionMetadata metadata() {
    return metadata;
  }

  /**
   * Host-defined fields with JSON-compatible values: {@code null}, Boolean, String, Long,
   * Double, List and Map with String keys. Unmodifiable.
   */
  public Map<String, @Nullable Object> customFields() {
    return customFields;
  }

  /** Notes captured during the session. */
  public List<Learning> learnings() {
    return learnings;
  }

  /** How many comments the session has; the comments themselves are read page by page. */
  public long commentCount() {
    return commentCount;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Session s)) {
      return false;
    }
    return version == s.version && editVersion == s.editVersion && commentCount == s.commentCount
        && id.equals(s.id) && Objects.equals(createKey, s.createKey)
        && name.equals(s.name) && description.equals(s.description) && type == s.type
        && status == s.status && priority == s.priority && Objects.equals(template, s.template)
        && createdAt.equals(s.createdAt) && updatedAt.equals(s.updatedAt)
        && Objects.equals(startedAt, s.startedAt) && Objects.equals(completedAt, s.completedAt)
        && Objects.equals(archivedAt, s.archivedAt)
        && Objects.equals(estimatedDuration, s.estimatedDuration) && goals.equals(s.goals)
        && milestones.equals(s.milestones) && blockers.equals(s.blockers)
        && resources.equals(s.resources) && attachments.equals(s.attachments)
        && collaborators.equals(s.collaborators) && history.equals(s.history)
        && settings.equals(s.settings) && metadata.equals(s.metadata)
        && customFields.equals(s.customFields) && learnings.equals(s.learnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, name, status, updatedAt);
  }

  @Override
  public String toString() {
    return "Session[id=" + id + ", version=" + version + ", name=" + name + ", status=" + status
        + ", owner=" + ownerId + ", goals=" + goals.size() + ", progress=" + progress + "]";
  }

  /** Builds {@link Session} snapshots. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private long version;
    private long editVersion;
    private @Nullable String createKey;
    private @Nullable String name;
    private String description = "";
    private SessionType type = SessionType.OTHER;
    private SessionStatus status = SessionStatus.DRAFT;
    private Priority priority = Priority.MEDIUM;
    private @Nullable TemplateRef template;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;
    private @Nullable Instant startedAt;
    private @Nullable Instant completedAt;
    private @Nullable Instant archivedAt;
    private @Nullable Duration estimatedDuration;
    private List<Goal> goals = List.of();
    private List<Milestone> milestones = List.of();
    private List<Blocker> blockers = List.of();
    private List<Resource> resources = List.of();
    private List<Attachment> attachments = List.of();
    private List<Collaborator> collaborators = List.of();
    private List<StatusChange> history = List.of();
    private SessionSettings settings = SessionSettings.defaults();
    private SessionMetadata metadata = SessionMetadata.empty();
    private Map<String, @Nullable Object> customFields = Map.of();
    private List<Learning> learnings = List.of();
    private long commentCount;

    private Builder() {}

    private Builder(Session s) {
      id = s.id;
      version = s.version;
      editVersion = s.editVersion;
      createKey = s.createKey;
      name = s.name;
      description = s.description;
      type = s.type;
      status = s.status;
      priority = s.priority;
      template = s.template;
      createdAt = s.createdAt;
      updatedAt = s.updatedAt;
      startedAt = s.startedAt;
      completedAt = s.completedAt;
      archivedAt = s.archivedAt;
      estimatedDuration = s.estimatedDuration;
      goals = s.goals;
      milestones = s.milestones;
      blockers = s.blockers;
      resources = s.resources;
      attachments = s.attachments;
      collaborators = s.collaborators;
      history = s.history;
      settings = s.settings;
      metadata = s.metadata;
      customFields = s.customFields;
      learnings = s.learnings;
      commentCount = s.commentCount;
    }

    /** Sets the id. */
    public Builder id(String v) { id = v; return this; }

    /**
     * Sets the version, and the edit version to the same: a snapshot built this way was last
     * edited at its own version. Call {@link #editVersion} after it to say otherwise.
     */
    public Builder version(long v) { version = v; editVersion = 0; return this; }

    /** Sets the version of the last edit; 0 (the default) means the same as the version. */
    public Builder editVersion(long v) { editVersion = v; return this; }

    /** Sets the create key, or {@code null} for none. */
    public Builder createKey(@Nullable String v) { createKey = v; return this; }

    /** Sets the name. */
    public Builder name(String v) { name = v; return this; }

    /** Sets the description. */
    public Builder description(String v) { description = v; return this; }

    /** Sets the type. */
    public Builder type(SessionType v) { type = v; return this; }

    /** Sets the status. */
    public Builder status(SessionStatus v) { status = v; return this; }

    /** Sets the priority. */
    public Builder priority(Priority v) { priority = v; return this; }

    /** Sets the template reference. */
    public Builder template(@Nullable TemplateRef v) { template = v; return this; }

    /** Sets the creation time. */
    public Builder createdAt(Instant v) { createdAt = v; return this; }

    /** Sets the last-change time. */
    public Builder updatedAt(Instant v) { updatedAt = v; return this; }

    /** Sets the first start time. */
    public Builder startedAt(@Nullable Instant v) { startedAt = v; return this; }

    /** Sets the completion time. */
    public Builder completedAt(@Nullable Instant v) { completedAt = v; return this; }

    /** Sets the archive time. */
    public Builder archivedAt(@Nullable Instant v) { archivedAt = v; return this; }

    /** Sets the estimated duration. */
    public Builder estimatedDuration(@Nullable Duration v) { estimatedDuration = v; return this; }

    /** Sets the goals. */
    public Builder goals(List<Goal> v) { goals = v; return this; }

    /** Sets the milestones. */
    public Builder milestones(List<Milestone> v) { milestones = v; return this; }

    /** Sets the blockers. */
    public Builder blockers(List<Blocker> v) { blockers = v; return this; }

    /** Sets the resources. */
    public Builder resources(List<Resource> v) { resources = v; return this; }

    /** Sets the attachments. */
    public Builder attachments(List<Attachment> v) { attachments = v; return this; }

    /** Sets the members; exactly one must be OWNER. */
    public Builder collaborators(List<Collaborator> v) { collaborators = v; return this; }

    /** Sets the status history. */
    public Builder history(List<StatusChange> v) { history = v; return this; }

    /** Sets the settings. */
    public Builder settings(SessionSettings v) { settings = v; return this; }

    /** Sets the metadata. */
    public Builder metadata(SessionMetadata v) { metadata = v; return this; }

    /** Sets the custom fields (JSON-compatible values only). */
    public Builder customFields(Map<String, @Nullable Object> v) { customFields = v; return this; }

    /** Sets the learnings. */
    public Builder learnings(List<Learning> v) { learnings = v; return this; }

    /** Sets the comment count. */
    public Builder commentCount(long v) { commentCount = v; return this; }

    /**
     * Builds the snapshot.
     *
     * @throws NullPointerException if a required value is missing
     * @throws IllegalArgumentException if there is not exactly one owner, or a custom field is
     *     not JSON-compatible
     */
    public Session build() {
      return new Session(this);
    }
  }
}
