package dev.sessionhub.tck;

import dev.sessionhub.spi.SessionStore;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The contract every {@link SessionStore} passes, written once. Extend it in your adapter's tests,
 * supplying a factory and, for a store over a shared backend, a cleanup:
 *
 * <pre>
 * class MyStoreTest extends SessionStoreContract {
 *   &#64;Override protected SessionStore createStore() { return new MyStore(dataSource); }
 *   &#64;Override protected void cleanUp(SessionStore store) { truncateTables(); }
 * }
 * </pre>
 *
 * <p>{@link #createStore()} is called before every test and {@link #cleanUp(SessionStore)} after
 * it, so start an expensive backend once per class (or per module) and only connect or truncate
 * here. Tests use fresh random ids and user ids, so data an earlier test left behind does not
 * change their outcome; a cleanup keeps the backend small.
 *
 * <p>A store that keeps data beyond its process should also override the two durability hooks,
 * {@link #reopen(SessionStore)} and {@link #failNextWrite(SessionStore)}; the durability tests
 * are skipped (reported as skipped, not passed) for a store without them.
 *
 * <p>The groups below read as the specification, in the test report too: round trips of
 * generated aggregates; inserts and duplicate ids; updates, stale versions and atomicity; real
 * threads racing with the same version; what a reader sees during a write; every query filter,
 * every sort in both directions, text search (every word, in every script), keyset paging,
 * pagination stability under writes between pages, visibility by membership and after changes
 * of members or failed writes, and searches after updates; exact ids; comments; the activity log;
 * archived sessions; durability; the largest allowed aggregate and page; and, through the
 * {@code SessionHub} facade built on the store, the audit log, "changes since" (also with
 * commits out of time order), page-size bounds and cursors. The semantics checked are those of
 * the javadoc of {@link SessionStore}, {@link dev.sessionhub.spi.SessionSearch} and
 * {@link dev.sessionhub.model.SessionQuery}.
 *
 * <p>Some tests start threads of their own (so the store must be thread-safe); none asserts how
 * long anything takes. Run the contract's tests one at a time (JUnit's default).
 */
public abstract class SessionStoreContract {

  private @Nullable SessionStore store;

  /** For subclasses. */
  protected SessionStoreContract() {}

  /** The store to test, connected to an empty or cleaned-up backend; called before each test. */
  protected abstract SessionStore createStore();

  /**
   * Releases or truncates what {@link #createStore()} set up; called after each test, also when it
   * failed. Does nothing unless overridden.
   */
  protected void cleanUp(SessionStore store) {}

  /**
   * Durability hook, optional: closes {@code store} as a process exit would (releasing its
   * connections, caches and threads) and returns a new store on the same data, as the next
   * process would build it: for a database, a new store on the same {@code DataSource}; for
   * files, a new store on the same directory. Everything a write committed before must be there.
   * Called in the middle of a test; the returned store is the one under test from then on and
   * the one {@link #cleanUp(SessionStore)} gets.
   *
   * @return the reopened store, or {@code null} (the default) when the store keeps nothing beyond
   *     its own lifetime, as an in-memory store; the tests that need it are then skipped
   */
  protected @Nullable SessionStore reopen(SessionStore store) {
    return null;
  }

  /**
   * Failure hook, optional: makes the next write through {@code store} (whichever of
   * {@code insert}, {@code update} or {@code appendActivity} comes first) fail part-way, after
   * some of its work reached the backend and before it commits, as a lost connection or an I/O
   * error would; writes after that one succeed again. The store must report the failure as
   * {@code dev.sessionhub.error.StoreUnavailableException} and leave nothing of the write, in
   * its memory and in its backend alike (the tests compare both, through {@link #reopen}). A
   * JDBC store, for one, can be built on a {@code DataSource} wrapper that, once armed, throws an
   * {@code SQLException} with a connection-failure SQLState ({@code 08006}) from the second
   * statement of the next transaction, or from its commit.
   *
   * @return whether a failure is armed; {@code false} (the default) when the store cannot inject
   *     one, and the tests that need it are then skipped
   */
  protected boolean failNextWrite(SessionStore store) {
    return false;
  }

  @BeforeEach
  void openStore() {
    store = Objects.requireNonNull(createStore(), "createStore() returned null");
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      cleanUp(store);
    }
  }

  private SessionStore current() {
    return Objects.requireNonNull(store, "no store: createStore() has not run");
  }

  /** Reopens the store under test through the hook; the reopened one is under test from now on. */
  private @Nullable SessionStore reopenCurrent() {
    SessionStore reopened = reopen(current());
    if (reopened != null) {
      store = reopened;
    }
    return reopened;
  }

  @Nested
  @DisplayName("a session round trip")
  class RoundTrip extends RoundTripTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("a session insert")
  class Inserts extends InsertTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("a session update")
  class Updates extends UpdateTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("a reader during writes")
  class AtomicReads extends AtomicReadTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("racing writers")
  class Racing extends RaceTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("a search filtered by")
  class Filters extends FilterTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("a text search")
  class Text extends TextSearchTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("a sorted search")
  class Sorting extends SortTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("paging while others write")
  class PagingStability extends PagingStabilityTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("every word of a text search")
  class Words extends WordTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("visibility")
  class Visibility extends VisibilityTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("visibility after members change and after failed writes")
  class Membership extends MembershipTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("a search after an update")
  class IndexRefresh extends IndexRefreshTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("ids, user ids and tags compared exactly")
  class ExactIds extends ExactIdsTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("comments")
  class Comments extends CommentTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("activity entries")
  class Activity extends ActivityTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("archivedBefore")
  class ArchivedBefore extends ArchivedBeforeTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("durability")
  class Durability extends DurabilityTests {
    @Override SessionStore store() { return current(); }
    @Override @Nullable SessionStore reopen() { return reopenCurrent(); }
    @Override boolean failNextWrite() { return SessionStoreContract.this.failNextWrite(current()); }
  }

  @Nested
  @DisplayName("limits")
  class Limits extends LimitTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("through the facade, the audit log")
  class AuditLog extends AuditLogTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("through the facade, changes since")
  class ChangesSince extends ChangesSinceTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("through the facade, page sizes and cursors")
  class PageBounds extends PageBoundsTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("through the facade, collaboration: appends always land and conflict only with nothing")
  class Collaboration extends CollaborationTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("through the facade, ambiguous failures: no stale reads, keyed creates made once")
  class AmbiguousFailures extends AmbiguousFailureTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("serialised read-modify-write")
  class Modify extends ModifyTests {
    @Override SessionStore store() { return current(); }
  }
}
