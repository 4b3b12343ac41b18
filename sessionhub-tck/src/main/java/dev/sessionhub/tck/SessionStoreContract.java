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
 * <p>The groups below read as the specification, in the test report too: round trips of
 * generated aggregates; inserts and duplicate ids; updates, stale versions and atomicity; real
 * threads racing with the same version; every query filter, every sort in both directions, text
 * search, keyset paging, pagination stability under writes between pages, and visibility by
 * membership; comments; the activity log; archived sessions; the largest allowed aggregate and
 * page; and, through the {@code SessionHub} facade built on the store, the audit log,
 * "changes since", page-size bounds and cursors. The semantics checked are those of the
 * javadoc of {@link SessionStore}, {@link dev.sessionhub.spi.SessionSearch} and
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

  @Nested
  @DisplayName("round trip")
  class RoundTrip extends RoundTripTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("an insert")
  class Inserts extends InsertTests {
    @Override SessionStore store() { return current(); }
  }

  @Nested
  @DisplayName("an update")
  class Updates extends UpdateTests {
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
  @DisplayName("visibility")
  class Visibility extends VisibilityTests {
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
