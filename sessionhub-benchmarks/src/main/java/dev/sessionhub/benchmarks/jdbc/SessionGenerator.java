package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.FromTemplate;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Collaborator;
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
 * Generates realistic session snapshots, deterministically from a seed, in creation order.
 *
 * <ul>
 *   <li><b>Templates.</b> Each session starts from a snapshot the in-memory hub made from one of
 *       the three built-in templates (bug-fix 45%, feature-development 35%,
 *       research-exploration 20%): its goals, milestones, type and template tags.
 *   <li><b>Users.</b> {@code users} regular users {@code user-0001}...; the owner is drawn with
 *       weight {@code rank^-0.7} (ranks shuffled over the names), so some users own many more
 *       sessions than others. 0-4 further members (15/30/25/18/12%), drawn the same way,
 *       collaborators (70%) or viewers (30%). In addition {@link #LEAD} is a viewer of 70% of
 *       all sessions: a team lead or triage account, the one user whose filtered search has
 *       enough results for page 5,000 (250,000 sessions).
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
  private final SplittableRandom random;
  private final String[] users;
  private final double[] userCdf;
  private final double[] wordCdf;
  private final String[] tags;
  private final double[] tagCdf;
  private final Session[] prototypes;
  private long next;

  SessionGenerator(long count, int userCount, long seed) {
    this.count = count;
    this.random = new SplittableRandom(seed);
    this.users = new String[userCount];
    for (int i = 0; i < userCount; i++) {
      users[i] = String.format("user-%04d", i + 1);
    }
    // Shuffle which name gets which weight rank, so that user-0001 is not the busiest.
    SplittableRandom shuffle = new SplittableRandom(seed ^ 0x5EED);
    for (int i = userCount - 1; i > 0; i--) {
      int j = shuffle.nextInt(i + 1);
      String t = users[i];
      users[i] = users[j];
      users[j] = t;
    }
    this.userCdf = zipfCdf(userCount, 0.7);
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

  boolean hasNext() {
    return next < count;
  }

  /** The next session, in creation order. */
  Session next() {
    long i = next++;
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

    return proto.toBuilder()
        .id(UuidV7.at(created.toEpochMilli(), random))
        .version(1 + random.nextInt(30))
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
