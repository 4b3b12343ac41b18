package dev.sessionhub.tck.data;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Attachment;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.Resource;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.SessionSettings;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Seeded random generator of valid, fully populated aggregates for round-trip and contract tests:
 * the same seed gives the same sequence. Every field is exercised, every optional value is
 * sometimes absent, collections are sometimes empty, text mixes scripts, emoji and characters
 * that need escaping, and custom fields nest objects and arrays with nulls, extreme longs and
 * awkward doubles.
 *
 * <p>Sessions obey the model's rules: exactly one OWNER among distinct members; a status history
 * that is a legal lifecycle walk ending in the session's status, with matching
 * {@code startedAt}/{@code completedAt}/{@code archivedAt}; goals whose parents and dependencies
 * are earlier goals; milestones that require existing goals and are reached exactly when those
 * are done; blockers on done goals resolved; sizes within {@link Limits}. Ids are random, so two
 * generators with different seeds do not collide in practice.
 *
 * <p>Not thread-safe: use one per thread. Independent of any test framework.
 *
 * <pre>
 * SessionGenerator generator = new SessionGenerator(42L);
 * Session s = generator.next();
 * Comment first = generator.nextComment(s.id(), 1);
 * </pre>
 */
public final class SessionGenerator {

  private static final List<String> CONTENT_TYPES = List.of(
      "application/pdf", "text/plain; charset=utf-8", "image/png", "application/octet-stream", "text/csv");
  private static final List<String> FILE_NAMES = List.of(
      "report.pdf", "notes.txt", "ノート.txt", "screen shot 1.png", "données.csv", "archive.tar.gz", "README");
  private static final List<String> ACTIONS = List.of(
      "session.create", "session.update", "goal.add", "goal.set-status", "comment.add", "attachment.download");
  private static final List<String> WORDS = List.of(
      "java", "backend", "ui", "perf", "security", "研究", "débogage", "ops", "db", "api", "docs", "ml");

  private final RandomData data;
  private final RandomJson json;
  private final RandomGoals goals;
  private final RandomTemplates templates;

  /** A generator whose output is determined by {@code seed}. */
  public SessionGenerator(long seed) {
    this.data = new RandomData(seed);
    this.json = new RandomJson(data);
    this.goals = new RandomGoals(data);
    this.templates = new RandomTemplates(data);
  }

  /** The next session; about one in twenty is sparse (every collection empty). */
  public Session next() {
    boolean sparse = data.chance(0.05);
    int scale = sparse ? 0 : 1;
    Instant createdAt = data.instant();
    List<Collaborator> members = members(createdAt, sparse);
    String owner = members.stream().filter(c -> c.role() == Role.OWNER).findFirst().orElseThrow().userId();
    List<String> editors = members.stream().filter(c -> c.role().atLeast(Role.COLLABORATOR))
        .map(Collaborator::userId).toList();
    Instant joined = members.stream().map(Collaborator::addedAt).max(Instant::compareTo).orElseThrow();
    RandomHistory history = new RandomHistory(data, joined, owner, editors);
    Instant updatedAt = data.after(history.lastChange, 48);
    List<Goal> goalList = goals.goals(12 * scale, history);
    return Session.builder()
        .id("s-" + data.token(12))
        .version(data.chance(0.1) ? data.between(1L, Long.MAX_VALUE / 2) : data.between(1, 500))
        .name(data.nonEmptyText(Limits.NAME_MAX))
        .description(data.text(2_000))
        .type(data.pick(SessionType.class))
        .status(history.status)
        .priority(data.pick(Priority.class))
        .template(data.chance(0.4) ? new TemplateRef("t-" + data.token(8), data.between(1, 20)) : null)
        .createdAt(createdAt)
        .updatedAt(updatedAt)
        .startedAt(history.startedAt)
        .completedAt(history.completedAt)
        .archivedAt(history.archivedAt)
        .estimatedDuration(data.chance(0.4) ? null : data.duration(Limits.DURATION_MAX))
        .goals(goalList)
        .milestones(goals.milestones(4 * scale, goalList))
        .blockers(goals.blockers(5 * scale, goalList, editors, createdAt, updatedAt))
        .resources(data.list(data.count(4 * scale), this::resource))
        .attachments(attachments(4 * scale, editors, createdAt, updatedAt))
        .collaborators(members)
        .history(history.changes)
        .settings(sparse ? SessionSettings.defaults() : settings())
        .metadata(sparse ? SessionMetadata.empty() : metadata())
        .customFields(json.object(8 * scale))
        .learnings(data.list(data.count(4 * scale),
            () -> new Learning("l-" + data.token(8), data.nonEmptyText(Limits.NOTE_MAX), data.pick(editors),
                data.between(createdAt, updatedAt))))
        .commentCount(data.chance(0.3) ? 0 : data.between(1, 10_000))
        .build();
  }

  /** Comment number {@code number} (1, 2, ...) of a session; it may reply to an earlier one. */
  public Comment nextComment(String sessionId, long number) {
    List<String> mentioned = data.list(data.between(0, 2), this::userId);
    StringBuilder body = new StringBuilder(data.nonEmptyText(Limits.COMMENT_MAX / 10));
    mentioned.forEach(u -> body.append(" @").append(u));
    Instant createdAt = data.instant();
    return new Comment(
        sessionId + "-c" + number,
        sessionId,
        number,
        number > 1 && data.chance(0.4) ? sessionId + "-c" + data.between(1L, number - 1) : null,
        userId(),
        body.toString(),
        List.copyOf(new LinkedHashSet<>(mentioned)),
        createdAt,
        data.chance(0.3) ? data.after(createdAt, 24) : null);
  }

  /**
   * An activity entry of a session at a version, not appended yet (seq 0), by a random user, with
   * a delta of nested JSON-compatible values.
   */
  public ActivityEntry nextActivity(String sessionId, long sessionVersion) {
    return new ActivityEntry(0, sessionId, sessionVersion, userId(), data.pick(ACTIONS), data.instant(),
        json.object(6));
  }

  /** The next template, with placeholders, parameters, goals and milestones. */
  public Template nextTemplate() {
    return templates.next();
  }

  private List<Collaborator> members(Instant createdAt, boolean sparse) {
    int others = sparse ? 0 : data.between(0, 5);
    Set<String> ids = new LinkedHashSet<>();
    while (ids.size() < others + 1) {
      ids.add(userId());
    }
    int ownerAt = data.between(0, others);
    List<Collaborator> members = new ArrayList<>();
    int i = 0;
    for (String id : ids) {
      Role role = i == ownerAt ? Role.OWNER : data.chance(0.5) ? Role.COLLABORATOR : Role.VIEWER;
      members.add(new Collaborator(id, role, role == Role.OWNER ? createdAt : data.after(createdAt, 24)));
      i++;
    }
    return members;
  }

  String userId() {
    return data.chance(0.15) ? "jürgen.müller+" + data.token(3) + "@example.com" : "user-" + data.token(6);
  }

  private Resource resource() {
    String url = switch (data.between(0, 2)) {
      case 0 -> "https://example.com/docs/" + data.token(6) + "?q=a%20b&x=1#frag";
      case 1 -> "http://tickets.example.org/browse/ABC-" + data.between(1, 99_999);
      default -> "mailto:" + data.token(5) + "@example.com";
    };
    return new Resource("r-" + data.token(8), data.nonEmptyText(Limits.NAME_MAX), url);
  }

  private List<Attachment> attachments(int maxNames, List<String> editors, Instant from, Instant to) {
    List<Attachment> list = new ArrayList<>();
    for (String name : data.subset(FILE_NAMES, data.count(maxNames))) {
      int versions = data.between(1, 3);
      for (int v = 1; v <= versions; v++) {
        list.add(new Attachment("a-" + data.token(8), name, data.pick(CONTENT_TYPES),
            data.chance(0.1) ? data.between(0L, 5L * 1024 * 1024 * 1024) : data.between(0L, 1_000_000L),
            sha256(), v, data.pick(editors), data.between(from, to)));
      }
    }
    return list;
  }

  private String sha256() {
    StringBuilder sb = new StringBuilder(64);
    while (sb.length() < 64) {
      sb.append(Long.toHexString(data.nextLong() | Long.MIN_VALUE));
    }
    return sb.substring(0, 64);
  }

  private SessionSettings settings() {
    return new SessionSettings(data.chance(0.8), data.chance(0.8),
        data.chance(0.5) ? null : data.duration(Duration.ofHours(8)));
  }

  private SessionMetadata metadata() {
    List<String> tags = data.subset(WORDS, 6);
    if (data.chance(0.3)) {
      tags = new ArrayList<>(tags);
      tags.add("tag-" + data.token(data.between(1, Limits.TAG_MAX - 4)));
    }
    return new SessionMetadata(tags, data.subset(WORDS, 4), data.chance(0.3) ? null : data.pick(Difficulty.class));
  }
}
