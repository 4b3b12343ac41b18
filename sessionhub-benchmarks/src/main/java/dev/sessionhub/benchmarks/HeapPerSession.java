package dev.sessionhub.benchmarks;

import dev.sessionhub.SessionHub;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Page;
import dev.sessionhub.model.Session;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Heap per typical session (see {@link TypicalSession}) on the default in-memory hub. Not a JMH
 * benchmark: it builds N sessions through the facade, then compares the used heap after full
 * collections (see {@link HeapMeter}) in these states, each against the state with nothing held:
 *
 * <ol>
 *   <li>the whole hub: store records (snapshot, search words, comments, activity log), cache;
 *   <li>only the N current snapshots, read back with {@code get} (the objects the store holds);
 *   <li>the snapshots and their comments, read back page by page;
 *   <li>the snapshots, comments and activity entries.
 * </ol>
 *
 * <p>Each round repeats all of it; the report gives the median over the rounds and the range.
 * Arguments: {@code [sessions=20000] [rounds=3] [readings=5] [--classes]}; with {@code --classes}
 * round one also prints, for each part, the classes that account for most of its bytes.
 */
public final class HeapPerSession {

  private static final String[] FIGURES = {
    "whole hub (store + cache)", "session snapshot alone", "snapshot + comments",
    "snapshot + comments + activity", "store/cache bookkeeping (1 - 4)"};
  private static final long TARGET_BYTES = 16 * 1024;

  private final int sessions;
  private final HeapMeter meter;

  private HeapPerSession(int sessions, int readings) {
    this.sessions = sessions;
    this.meter = new HeapMeter(readings);
  }

  /** Runs the measurement and prints the report; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    List<String> positional = new ArrayList<>(Arrays.asList(args));
    boolean classes = positional.remove("--classes");
    int sessions = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 20_000;
    int rounds = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 3;
    int readings = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 5;
    printSetup(sessions, rounds, readings);
    HeapPerSession run = new HeapPerSession(sessions, readings);
    run.warmUp();
    double[][] perRound = new double[rounds][];
    for (int r = 0; r < rounds; r++) {
      perRound[r] = run.round(classes && r == 0);
      System.out.printf(Locale.ROOT, "round %d: %s%n", r + 1, Arrays.toString(Arrays.stream(perRound[r])
          .mapToObj(b -> String.format(Locale.ROOT, "%.0f", b)).toArray()));
    }
    printSummary(perRound);
  }

  /** Loads and compiles the code paths once, so class data does not count as session data. */
  private void warmUp() {
    SessionHub hub = SessionHub.inMemory();
    for (int i = 0; i < Math.min(sessions, 500); i++) {
      TypicalSession.create(hub, i);
    }
  }

  /** One round: bytes per session for each of {@link #FIGURES}; optionally prints class breakdowns. */
  private double[] round(boolean classes) throws Exception {
    Histograms h = new Histograms(classes);
    long empty = meter.usedAfterGc();
    h.take("empty");
    SessionHub hub = SessionHub.inMemory();
    long emptyHub = meter.usedAfterGc();
    h.take("empty hub");
    String[] ids = new String[sessions];
    for (int i = 0; i < sessions; i++) {
      ids[i] = TypicalSession.create(hub, i);
    }
    long full = meter.usedAfterGc();
    h.take("whole hub");
    Held held = Held.readBack(hub, ids);
    Reference.reachabilityFence(hub);
    hub = null;
    long withActivity = meter.usedAfterGc();
    h.take("with activity");
    held.activity = null;
    long withComments = meter.usedAfterGc();
    h.take("with comments");
    held.comments = null;
    long alone = meter.usedAfterGc();
    h.take("alone");
    Reference.reachabilityFence(held);
    Reference.reachabilityFence(ids);
    h.print(sessions);
    double hubBytes = perSession(full - emptyHub);
    double allBytes = perSession(withActivity - empty);
    return new double[] {hubBytes, perSession(alone - empty), perSession(withComments - empty), allBytes,
        hubBytes - allBytes};
  }

  private double perSession(long bytes) {
    return (double) bytes / sessions;
  }

  /** The objects the store holds, read back through the facade into flat arrays. */
  private static final class Held {
    Session[] snapshots;
    Comment[] comments;
    ActivityEntry[] activity;

    static Held readBack(SessionHub hub, String[] ids) {
      Held h = new Held();
      h.snapshots = new Session[ids.length];
      List<Comment> comments = new ArrayList<>();
      List<ActivityEntry> activity = new ArrayList<>();
      for (int i = 0; i < ids.length; i++) {
        String id = ids[i];
        String owner = TypicalSession.owner(i);
        h.snapshots[i] = hub.get(owner, id);
        pages(cursor -> hub.comments(owner, id, cursor, 500), comments);
        pages(cursor -> hub.activity(owner, id, cursor, 500), activity);
      }
      h.comments = comments.toArray(Comment[]::new);
      h.activity = activity.toArray(ActivityEntry[]::new);
      return h;
    }

    private static <T> void pages(Function<@Nullable String, Page<T>> read, List<T> into) {
      Page<T> page = read.apply(null);
      into.addAll(page.items());
      while (page.hasNext()) {
        page = read.apply(page.nextCursor());
        into.addAll(page.items());
      }
    }
  }

  /** Class histograms of the states of one round, when asked for. */
  private static final class Histograms {
    private final boolean enabled;
    private final Map<String, ClassHistogram> taken = new HashMap<>();

    Histograms(boolean enabled) {
      this.enabled = enabled;
    }

    void take(String state) throws Exception {
      if (enabled) {
        taken.put(state, ClassHistogram.take());
      }
    }

    void print(int sessions) {
      if (!enabled) {
        return;
      }
      part("whole hub (store + cache)", "whole hub", "empty hub", sessions);
      part("activity entries", "with activity", "with comments", sessions);
      part("comments", "with comments", "alone", sessions);
      part("session snapshot", "alone", "empty", sessions);
    }

    private void part(String title, String state, String base, int sessions) {
      System.out.printf(Locale.ROOT, "%nlargest classes of: %s%n%s", title,
          taken.get(state).growthSince(taken.get(base), sessions, 15));
    }
  }

  private static void printSetup(int sessions, int rounds, int readings) {
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "HeapPerSession: %,d typical sessions (%d goals, %d milestones, %d members besides"
        + " the owner, %d comments; %d writes each), %d round(s), median of %d heap readings per state%n",
        sessions, TypicalSession.GOALS, TypicalSession.MILESTONES, TypicalSession.MEMBERS, TypicalSession.COMMENTS,
        TypicalSession.WRITES, rounds, readings);
    System.out.printf(Locale.ROOT, "JVM: %s %s, max heap %,d MiB, GC: %s%n", System.getProperty("java.vm.name"),
        System.getProperty("java.vm.version"), rt.maxMemory() >> 20,
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
  }

  private static void printSummary(double[][] perRound) {
    System.out.println();
    System.out.printf(Locale.ROOT, "%-34s %10s %10s %10s%n", "bytes per session", "median", "min", "max");
    for (int f = 0; f < FIGURES.length; f++) {
      int figure = f;
      double[] values = Arrays.stream(perRound).mapToDouble(r -> r[figure]).sorted().toArray();
      System.out.printf(Locale.ROOT, "%-34s %10.0f %10.0f %10.0f%n", FIGURES[f], values[values.length / 2],
          values[0], values[values.length - 1]);
    }
    double whole = medianOf(perRound, 0);
    System.out.printf(Locale.ROOT, "%ntarget: whole hub <= %d bytes (16 KiB) per session: %s (%.1f KiB)%n",
        TARGET_BYTES, whole <= TARGET_BYTES ? "met" : "MISSED", whole / 1024);
  }

  private static double medianOf(double[][] perRound, int figure) {
    double[] values = Arrays.stream(perRound).mapToDouble(r -> r[figure]).sorted().toArray();
    return values[values.length / 2];
  }
}
