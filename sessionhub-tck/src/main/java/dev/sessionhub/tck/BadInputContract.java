package dev.sessionhub.tck;

import dev.sessionhub.SessionHub;
import dev.sessionhub.SessionHubBuilder;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import dev.sessionhub.tck.input.Gen;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Property-based contract: random and malformed input for every operation of the
 * {@link SessionHub} facade, through a hub built on the store under test with no cache, so every
 * read comes from the store. Extend it like the other contracts (plain JUnit Jupiter tests):
 *
 * <pre>
 * class MyStoreBadInputTest extends BadInputContract {
 *   &#64;Override protected SessionStore createStore() { return new MyStore(dataSource); }
 * }
 * </pre>
 *
 * <p>For every generated call (ids malformed or of others, unstorable, blank, over-long and huge
 * text, deep and unstorable custom fields, null list elements, stale versions, strangers and
 * malformed user ids; see {@link dev.sessionhub.tck.input}):
 * <ul>
 *   <li>an exception outside {@code dev.sessionhub.error} fails the property;
 *   <li>a rejected call changed nothing: the session's JSON export and activity log, what a
 *       creating user sees, a template's versions, are as before;
 *   <li>an accepted call stored exactly what it was given: the snapshot it returned equals a fresh
 *       read of the store, every text it handed over reads back equal, and no text a store
 *       cannot keep exactly (NUL, unpaired surrogates) was accepted.
 * </ul>
 * Its five properties run 10,500 calls in all (about 50,000 generated values), each failure
 * reported with the call and its arguments. The calls share a fixture session whose state moves
 * on, so a failing call is reported as generated, not shrunk (a shrunk call would run against
 * another state).
 *
 * <p>The input comes from the kit's own seeded generators ({@link Gen}): each property draws its
 * calls from a {@link java.util.SplittableRandom} seeded with the run's seed, which is
 * {@value #DEFAULT_SEED} unless the system property {@value #SEED_PROPERTY} gives another
 * ({@code -Dsessionhub.tck.seed=123} on the Maven command line). A failure names the seed, the try
 * and the generated call, so running again with that seed reproduces it.
 *
 * <p>{@link #createStore()} is called before each property, {@link #cleanUp(SessionStore)} after
 * it; start an expensive backend once per class or module. The store must be thread-safe.
 */
public abstract class BadInputContract {

  /** The system property that sets the seed of the generated input. */
  public static final String SEED_PROPERTY = "sessionhub.tck.seed";

  /** The seed of the generated input when {@value #SEED_PROPERTY} is not set. */
  public static final long DEFAULT_SEED = 20_260_316L;

  private static final Logger LOG = LoggerFactory.getLogger(BadInputContract.class);

  private @Nullable SessionStore store;
  private @Nullable InputFixture fixture;
  private long started;
  private long cpuStarted;

  /** For subclasses. */
  protected BadInputContract() {}

  /** The store to test; called before each property. */
  protected abstract SessionStore createStore();

  /** The template store to test with it, or {@code null} for core's in-memory one. */
  protected @Nullable TemplateStore createTemplateStore() {
    return null;
  }

  /** Releases or truncates what {@link #createStore()} set up; called after each property. */
  protected void cleanUp(SessionStore store) {}

  @BeforeEach
  void openHub() {
    SessionStore s = Objects.requireNonNull(createStore(), "createStore() returned null");
    store = s;
    SessionHubBuilder b = SessionHub.builder().sessionStore(s).noCache();
    TemplateStore templates = createTemplateStore();
    if (templates != null) {
      b.templateStore(templates);
    }
    started = System.nanoTime();
    cpuStarted = cpuNanos();
    fixture = new InputFixture(b.build(), s);
  }

  @AfterEach
  void closeHub(TestInfo test) {
    InputFixture f = fixture;
    if (f != null) {
      LOG.info("{}.{}: {} calls, {} generated values, {} rejected, in {} ms ({} ms of CPU in the test thread)",
          getClass().getSimpleName(), test.getTestMethod().map(m -> m.getName()).orElse("?"), f.calls, f.inputs, f.rejections,
          (System.nanoTime() - started) / 1_000_000,
          (cpuNanos() - cpuStarted) / 1_000_000);
    }
    if (store != null) {
      cleanUp(store);
    }
  }

  private static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }

  private InputFixture fixture() {
    return Objects.requireNonNull(fixture, "no fixture: createStore() has not run");
  }

  @Test
  @DisplayName("every operation on a session: a documented error that changes nothing, or stored exactly")
  void sessionOperations() {
    property("sessionOperations", 6_000, SessionCalls.any());
  }

  @Test
  @DisplayName("creating sessions, blank and from templates: a documented error that stores nothing, or stored exactly")
  void creates() {
    property("creates", 1_500, OtherCalls.creates());
  }

  @Test
  @DisplayName("importing changed exports: a documented error that stores nothing, or stored exactly as the document has it")
  void imports() {
    property("imports", 1_000, ImportCalls.imports());
  }

  @Test
  @DisplayName("saving and reading templates: a documented error that stores nothing, or stored exactly")
  void templates() {
    property("templates", 1_000, OtherCalls.templates());
  }

  @Test
  @DisplayName("searching and polling: a documented error, or only sessions the actor is a member of")
  void queries() {
    property("queries", 1_000, OtherCalls.queries());
  }

  /**
   * Runs {@code tries} calls of {@code calls} against the fixture, drawn from a random seeded with
   * the run's seed and the property's name; the first failing call fails the property with the
   * seed, the try and the call.
   */
  private void property(String name, int tries, Gen<Call> calls) {
    long seed = seed();
    SplittableRandom random = new SplittableRandom(seed ^ name.hashCode());
    InputFixture f = fixture();
    for (int i = 1; i <= tries; i++) {
      Call call = calls.next(random);
      try {
        f.check(call);
      } catch (AssertionError failed) {
        throw new AssertionError(getClass().getSimpleName() + "." + name + " failed at try " + i + " of " + tries + " (seed "
            + seed + ": rerun with -D" + SEED_PROPERTY + "=" + seed + "): " + failed.getMessage() + "\n  generated call: "
            + call, failed);
      }
    }
  }

  /** The seed of this run: {@value #SEED_PROPERTY} if set, else {@value #DEFAULT_SEED}. */
  private static long seed() {
    String given = System.getProperty(SEED_PROPERTY);
    if (given == null || given.isBlank()) {
      return DEFAULT_SEED;
    }
    try {
      return Long.parseLong(given.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a long, not " + given, e);
    }
  }
}
