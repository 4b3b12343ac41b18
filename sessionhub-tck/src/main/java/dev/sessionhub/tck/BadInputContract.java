package dev.sessionhub.tck;

import dev.sessionhub.SessionHub;
import dev.sessionhub.SessionHubBuilder;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Property-based contract: random and malformed input for every operation of the
 * {@link SessionHub} facade, through a hub built on the store under test with no cache, so every
 * read comes from the store. Extend it like the other contracts (run by jqwik on the JUnit
 * Platform, beside Jupiter):
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
 * another state). Edge cases are not mixed in: the generators hold their own corner cases.
 *
 * <p>{@link #createStore()} is called before each property, {@link #cleanUp(SessionStore)} after
 * it; start an expensive backend once per class or module. The store must be thread-safe.
 */
public abstract class BadInputContract {

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

  @BeforeProperty
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

  @AfterProperty
  void closeHub() {
    InputFixture f = fixture;
    if (f != null) {
      LOG.info("{}: {} calls, {} generated values, {} rejected, in {} ms ({} ms of CPU in the test thread)",
          getClass().getSimpleName(), f.calls, f.inputs, f.rejections, (System.nanoTime() - started) / 1_000_000,
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

  @Property(tries = 6_000, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
  @Label("every operation on a session: a documented error that changes nothing, or stored exactly")
  void sessionOperations(@ForAll("sessionCalls") Call call) {
    fixture().check(call);
  }

  @Property(tries = 1_500, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
  @Label("creating sessions, blank and from templates: a documented error that stores nothing, or stored exactly")
  void creates(@ForAll("createCalls") Call call) {
    fixture().check(call);
  }

  @Property(tries = 1_000, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
  @Label("importing changed exports: a documented error that stores nothing, or stored exactly as the document has it")
  void imports(@ForAll("importCalls") Call call) {
    fixture().check(call);
  }

  @Property(tries = 1_000, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
  @Label("saving and reading templates: a documented error that stores nothing, or stored exactly")
  void templates(@ForAll("templateCalls") Call call) {
    fixture().check(call);
  }

  @Property(tries = 1_000, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
  @Label("searching and polling: a documented error, or only sessions the actor is a member of")
  void queries(@ForAll("queryCalls") Call call) {
    fixture().check(call);
  }

  @Provide
  Arbitrary<Call> sessionCalls() {
    return SessionCalls.any();
  }

  @Provide
  Arbitrary<Call> createCalls() {
    return OtherCalls.creates();
  }

  @Provide
  Arbitrary<Call> importCalls() {
    return ImportCalls.imports();
  }

  @Provide
  Arbitrary<Call> templateCalls() {
    return OtherCalls.templates();
  }

  @Provide
  Arbitrary<Call> queryCalls() {
    return OtherCalls.queries();
  }
}
