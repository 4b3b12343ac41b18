package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.FromTemplate;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.StatusChange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates realistic session snapshots, deterministically from a seed and each session's
 * number (so generation can be split over threads), in creation order.
 *
 * <ul>
 *   <li><b>Templates.</b> Each session starts from a snapshot the in-memory hub made from one of
 *       the three built-in templates (bug-fix 45%, feature-development 35%,
 *       research-exploration 20%): its goals, milestones, type and template tags.
 *   <li><b>Users.</b> {@code users} regular users {@code user-00001}...; the owner is drawn with
 *       weight {@code rank^-0.8} (Zipf-like; ranks shuffled over the names, {@link #userOfRank}),
 *       so a few users are in a tenth of all sessions and the median one in about a hundred.
 *       0-4 further members (15/30/25/18/12%), drawn the same way, collaborators (70%) or
 *       viewers (30%). In addition {@link #LEAD} is a viewer of 70% of all sessions: a team lead
 *       or triage account, the one user whose filtered search has enough results for page 5,000.
 *   <li><b>Comments.</b> Geometric, mean 10 per session (most have 0-30); one session in 10,000
 *       has 1,000-5,000. Each by a member, 4-30 words, between creation and the last update.
 *   <li><b>Learnings.</b> 0-3 on completed and archived sessions, 0-1 on the others, 6-20 words
 *       each: their words are search words too.
 *   <li><b>Versions and audit.</b> The version is 1 + edits (the status changes, 0-5 more) +
 *       comments + learnings, as the hub counts them; the audit trail has one entry per version
 *       (session.create, session.update, comment.add, learning.add), in time order.
 *   <li><b>Status</b> DRAFT 8%, ACTIVE 45%, PAUSED 10%, COMPLETED 27%, ARCHIVED 10%, with a
 *       consistent history, start/complete/archive times and goal states (done goals set the
 *       progress). <b>Priority</b> LOW 20%, MEDIUM 45%, HIGH 25%, CRITICAL 10%.
 *   <li><b>Tags.</b> The template's two tags plus 0-3 from a pool of 200 (Zipf, exponent 1).
 *   <li><b>Words.</b> Name (3-6 words) and description (8-20 words) from a vocabulary of
 *       300,000 made-up words (six letters, consonant-vowel) drawn with Zipf exponent 1: the first
 *       dozen words are in over 10% of sessions each, the last ones in a handful.
 *   <li><b>Times.</b> Created evenly over the 3 years before {@link #NOW} (so ids, UUIDv7 of the
 *       creation time, ascend); last update 0-60 days later (exponential, mean 10 days), never
 *       after {@link #NOW}; version 1-30.
 * </ul>
 */
final class SessionGenerator {

  /** The viewer of 70% of sessions. */
  static final String LEAD = "triage-lead";
  /** The generated data's "now". */
  static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");
  static final int VOCABULARY = 300_000;

  private static final Duration SPAN = Duration.ofDays(3 * 365);
  private static final String[] TEMPLATES = {"bug-fix", "feature-development", "research-exploration"};
  private static final String CONSONANTS = "bcdfghjklmnprstvwxyz";
  private static final String VOWELS = "aeiou";

  private final long count;
  private final long seed;
  private SplittableRandom random;
  private final String[] users;
  private final double[] userCdf;
  private final double[] wordCdf;
  private final String[] tags;
  private final double[] tagCdf;
  private final Session[] prototypes;
  private long next;

  /** One generated session with its comments and its audit trail (one entry per version). */
  record Generated(Session session, List<Comment> comments, List<Audit> audit) {}

  /** An audit entry: the version it made, who, what, when, and the delta's JSON. */
  record Audit(long version, String actor, String action, Instant at, String delta) {}

  SessionGenerator(long count, int userCount, long seed) {
    this.count = count;
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    this.users = new String[userCount];
    for (int i = 0; i < userCount; i++) {
      users[i] = String.format("user-%05d", i + 1);
    }
    // Shuffle which name gets which weight rank, so that user-0001 is not the busiest.
    SplittableRandom shuffle = new SplittableRandom(seed ^ 0x5EED);
    for (int i = userCount - 1; i > 0; i--) {
      int j = shuffle.nextInt(i + 1);
      String t = users[i];
      users[i] = users[j];
      users[j] = t;
    }
    this.userCdf = zipfCdf(userCount, 0.8);
    this.wordCdf = zipfCdf(VOCABULARY, 1.0);
    this.tags = new String[200];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = "area-" + word(VOCABULARY + i);
    }
    this.tagCdf = zipfCdf(tags.length, 1.0);
    SessionHub hub = SessionHub.inMemory();
    this.prototypes = new Session[TEMPLATES.length];
    for (int i = 0; i < TEMPLATES.length; i++) {
      prototypes[i] = hub.createFromTemplate("prototype", FromTemplate.of(TEMPLATES[i]).named("prototype"));
    }
  }

  /** The user drawn with the weight of {@code rank} (0 = the most frequent). */
  String userOfRank(int rank) {
    return users[rank];
  }

  int userCount() {
    return users.length;
  }

  boolean hasNext() {
    return next < count;
  }

  /** The next session, in creation order, with its comments and audit trail. */
  Generated next() {
    return at(next++);
  }

  /**
   * Session number {@code i} (0-based, in creation order): a function of the seed and {@code i}
   * alone, so that several generators (one per thread, same arguments) can make disjoint ranges.
   */
  Generated at(long i) {
    random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    Instant created = NOW.minus(SPAN).plusNanos((long) ((double) SPAN.toNanos() * i / count))
        .plusMillis(random.nextInt(1000)).plusNanos(random.nextInt(1_000_000));
    double t = random.nextDouble();
    Session proto = prototypes[t < 0.45 ? 0 : t < 0.80 ? 1 : 2];
    String owner = users[pick(userCdf)];
    SessionStatus status = pickStatus();
    Duration sinceCreated = Duration.ofMillis((long) Math.min(60 * 86_400_000.0,
        -Math.log(1 - random.nextDouble()) * 10 * 86_400_000.0));
    Instant updated = created.plus(sinceCreated);
    if (updated.isAfter(NOW)) {
      updated = NOW.minusMillis(random.nextInt(3_600_000));
      if (updated.isBefore(created)) {
        updated = created;
      }
    }

    List<Collaborator> members = new ArrayList<>();
    members.add(new Collaborator(owner, Role.OWNER, created));
    Set<String> taken = new LinkedHashSet<>();
    taken.add(owner);
    int others = pickOthers();
    while (taken.size() < others + 1) {
      String u = users[pick(userCdf)];
      if (taken.add(u)) {
        members.add(new Collaborator(u, random.nextInt(10) < 7 ? Role.COLLABORATOR : Role.VIEWER, between(created, updated)));
      }
    }
    if (random.nextInt(100) < 70) {
      members.add(new Collaborator(LEAD, Role.VIEWER, between(created, updated)));
    }

    Instant started = status == SessionStatus.DRAFT ? null : between(created, updated);
    Instant completed = status == SessionStatus.COMPLETED || status == SessionStatus.ARCHIVED
        ? between(started, updated) : null;
    Instant archived = status == SessionStatus.ARCHIVED ? updated : null;
    List<StatusChange> history = new ArrayList<>();
    if (started != null) {
      history.add(new StatusChange(SessionStatus.DRAFT, SessionStatus.ACTIVE, LifecycleAction.START, owner, started));
    }
    if (status == SessionStatus.PAUSED) {
      history.add(new StatusChange(SessionStatus.ACTIVE, SessionStatus.PAUSED, LifecycleAction.PAUSE, owner, updated));
    }
    if (completed != null) {
      history.add(new StatusChange(SessionStatus.ACTIVE, SessionStatus.COMPLETED, LifecycleAction.COMPLETE, owner,
          completed));
    }
    if (archived != null) {
      history.add(new StatusChange(SessionStatus.COMPLETED, SessionStatus.ARCHIVED, LifecycleAction.ARCHIVE, owner,
          archived));
    }

    List<Goal> goals = new ArrayList<>(proto.goals());
    int done = switch (status) {
      case DRAFT -> 0;
      case ACTIVE, PAUSED -> random.nextInt(goals.size());
      case COMPLETED, ARCHIVED -> goals.size();
    };
    Instant doneAt = completed != null ? completed : updated;
    for (int g = 0; g < done; g++) {
      goals.set(g, goals.get(g).withStatus(GoalStatus.DONE, doneAt));
    }
    if (done < goals.size() && status == SessionStatus.ACTIVE) {
      goals.set(done, goals.get(done).withStatus(GoalStatus.IN_PROGRESS, null));
    }
    List<Milestone> milestones = new ArrayList<>();
    for (Milestone m : proto.milestones()) {
      boolean reached = m.requiredGoalIds().stream().allMatch(id -> goals.stream()
          .anyMatch(g -> g.id().equals(id) && g.status() == GoalStatus.DONE));
      milestones.add(new Milestone(m.id(), m.name(), m.requiredGoalIds(), reached ? doneAt : null));
    }

    List<String> tagList = new ArrayList<>(proto.metadata().tags());
    int extraTags = random.nextInt(4);
    for (int k = 0; k < extraTags; k++) {
      String tag = tags[pick(tagCdf)];
      if (!tagList.contains(tag)) {
        tagList.add(tag);
      }
    }

    String id = UuidV7.at(created.toEpochMilli(), random);
    List<String> memberIds = members.stream().map(Collaborator::userId).toList();
    int commentCount = random.nextInt(10_000) == 0 ? 1_000 + random.nextInt(4_001)
        : (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - 1.0 / 11));
    boolean done2 = status == SessionStatus.COMPLETED || status == SessionStatus.ARCHIVED;
    int learningCount = done2 ? random.nextInt(4) : random.nextInt(4) == 0 ? 1 : 0;
    int edits = history.size() + random.nextInt(6);
    // The audit trail: creation, then edits, comments and learnings in a random order at rising times.
    List<String> actions = new ArrayList<>();
    for (int k = 0; k < edits; k++) {
      actions.add("session.update");
    }
    for (int k = 0; k < commentCount; k++) {
      actions.add("comment.add");
    }
    for (int k = 0; k < learningCount; k++) {
      actions.add("learning.add");
    }
    for (int k = actions.size() - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      String x = actions.get(k);
      actions.set(k, actions.get(j));
      actions.set(j, x);
    }
    long spanNanos = Math.max(0, Duration.between(created, updated).toNanos());
    long[] offsets = new long[actions.size()];
    for (int k = 0; k < offsets.length; k++) {
      offsets[k] = spanNanos == 0 ? 0 : (long) (random.nextDouble() * spanNanos);
    }
    Arrays.sort(offsets);
    List<Audit> audit = new ArrayList<>(actions.size() + 1);
    List<Comment> comments = new ArrayList<>(commentCount);
    List<Learning> learnings = new ArrayList<>(learningCount);
    for (int k = 0; k < actions.size(); k++) {
      Instant at = k == actions.size() - 1 ? updated : created.plusNanos(offsets[k]);
      String actor = memberIds.get(random.nextInt(memberIds.size()));
      String action = actions.get(k);
      String delta;
      if (action.equals("comment.add")) {
        String commentId = UuidV7.at(at.toEpochMilli(), random);
        comments.add(new Comment(commentId, id, comments.size() + 1, null, actor,
            capitalized(words(4 + random.nextInt(27))) + ".", List.of(), at, null));
        delta = "{\"comment\":\"" + commentId + "\"}";
      } else if (action.equals("learning.add")) {
        String learningId = UuidV7.at(at.toEpochMilli(), random);
        learnings.add(new Learning(learningId, capitalized(words(6 + random.nextInt(15))) + ".", actor, at));
        delta = "{\"learning\":\"" + learningId + "\"}";
      } else {
        delta = "{\"fields\":[\"description\"]}";
      }
      audit.add(new Audit(k + 2, actor, action, at, delta));
    }

    Session session = proto.toBuilder()
        .id(id)
        .version(1 + actions.size())
        .commentCount(comments.size())
        .learnings(learnings)
        .name(capitalized(words(3 + random.nextInt(4))))
        .description(capitalized(words(8 + random.nextInt(13))) + ".")
        .status(status)
        .priority(pickPriority())
        .createdAt(created)
        .updatedAt(updated)
        .startedAt(started)
        .completedAt(completed)
        .archivedAt(archived)
        .goals(goals)
        .milestones(milestones)
        .collaborators(members)
        .history(history)
        .metadata(new SessionMetadata(tagList, proto.metadata().skills(), proto.metadata().difficulty()))
        .build();
    // Names are generated words and template ids plain: no JSON escaping needed.
    audit.add(0, new Audit(1, owner, "session.create", created, "{\"name\":\"" + session.name() + "\",\"template\":"
        + session.template().map(r -> "\"" + r.templateId() + "@" + r.version() + "\"").orElse("null") + "}"));
    return new Generated(session, comments, audit);
  }

  private Instant between(Instant from, Instant to) {
    long span = Duration.between(from, to).toMillis();
    return span <= 0 ? from : from.plusMillis((long) (random.nextDouble() * span));
  }

  private int pickOthers() {
    int p = random.nextInt(100);
    return p < 15 ? 0 : p < 45 ? 1 : p < 70 ? 2 : p < 88 ? 3 : 4;
  }

  private SessionStatus pickStatus() {
    int p = random.nextInt(100);
    return p < 8 ? SessionStatus.DRAFT : p < 53 ? SessionStatus.ACTIVE : p < 63 ? SessionStatus.PAUSED
        : p < 90 ? SessionStatus.COMPLETED : SessionStatus.ARCHIVED;
  }

  private Priority pickPriority() {
    int p = random.nextInt(100);
    return p < 20 ? Priority.LOW : p < 65 ? Priority.MEDIUM : p < 90 ? Priority.HIGH : Priority.CRITICAL;
  }

  private String words(int n) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        sb.append(' ');
      }
      sb.append(word(pick(wordCdf)));
    }
    return sb.toString();
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The vocabulary word of a rank (0 = most frequent): a bijection onto six-letter CVCVCV words. */
  static String word(int rank) {
    long x = Math.floorMod(rank * 435_761L + 12_345L, 1_000_000L);
    StringBuilder sb = new StringBuilder(6);
    for (int k = 0; k < 3; k++) {
      int d = (int) (x % 100);
      x /= 100;
      sb.append(CONSONANTS.charAt(d / 5)).append(VOWELS.charAt(d % 5));
    }
    return sb.toString();
  }

  private int pick(double[] cdf) {
    int i = Arrays.binarySearch(cdf, random.nextDouble());
    return Math.min(i >= 0 ? i : -i - 1, cdf.length - 1);
  }

  private static double[] zipfCdf(int n, double exponent) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int r = 0; r < n; r++) {
      sum += Math.pow(r + 1, -exponent);
      cdf[r] = sum;
    }
    for (int r = 0; r < n; r++) {
      cdf[r] /= sum;
    }
    return cdf;
  }
}
