package dev.sessionhub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.CreateKey;
import dev.sessionhub.FromTemplate;
import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.SessionPatch;
import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.store.jdbc.FaultyDataSource.Fault;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A hub with a local cache on the JDBC store whose DataSource fails at connect, at a statement,
 * before commit or after commit (the commit happened, its answer was lost): a create retried with
 * its key makes exactly one session, and no read afterwards serves a snapshot older than the
 * database's. Run against each engine by a few-line subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AmbiguousFailureBehaviour {

  private static final String PREFIX = "amb_";

  private DataSource real;
  private FaultyDataSource faulty;
  private SessionStore store;
  private SessionHub hub;
  private String user;

  protected abstract DataSource createDataSource();

  @BeforeAll
  void connect() {
    real = createDataSource();
    faulty = new FaultyDataSource(real);
    JdbcStores stores = JdbcStores.builder(faulty).tablePrefix(PREFIX).readRetries(1, Duration.ofMillis(1)).build();
    store = stores.sessionStore();
    hub = SessionHub.builder().sessionStore(store).templateStore(stores.templateStore())
        .localCache(1_000, Duration.ofHours(1)).build();
  }

  @BeforeEach
  void newUser() {
    user = "u-" + UUID.randomUUID();
  }

  private long sessionsOwnedByUser() throws SQLException {
    try (Connection c = real.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + PREFIX + "sessions WHERE owner_id = ?")) {
      ps.setString(1, user);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void failsOnce(Fault fault, Runnable call) {
    faulty.arm(fault);
    assertThatThrownBy(call::run).isInstanceOf(StoreUnavailableException.class);
    assertThat(faulty.armed()).as("the fault fired").isFalse();
  }

  @ParameterizedTest(name = "failing at {0}")
  @EnumSource(Fault.class)
  @DisplayName("a create from a template retried with its key after StoreUnavailableException makes exactly one session")
  void keyedCreate(Fault fault) throws SQLException {
    CreateKey key = CreateKey.of("k-" + fault);
    failsOnce(fault, () -> hub.createFromTemplate(user, FromTemplate.of("bug-fix"), key));
    assertThat(sessionsOwnedByUser()).isEqualTo(fault == Fault.AFTER_COMMIT ? 1 : 0);

    Session s = hub.createFromTemplate(user, FromTemplate.of("bug-fix"), key);
    Session again = hub.createFromTemplate(user, FromTemplate.of("bug-fix"), key);

    assertThat(again.id()).isEqualTo(s.id());
    assertThat(sessionsOwnedByUser()).isEqualTo(1);
    assertThat(store.find(s.id())).contains(s);
  }

  @ParameterizedTest(name = "failing at {0}")
  @EnumSource(Fault.class)
  @DisplayName("after an edit fails, the hub serves what the database holds, never its older cached snapshot")
  void editThenRead(Fault fault) {
    Session s = hub.create(user, NewSession.named("Cached"));
    assertThat(hub.get(user, s.id())).isEqualTo(s);
    failsOnce(fault, () -> hub.update(user, s.id(), s.version(), SessionPatch.empty().name("Renamed")));

    Session stored = store.find(s.id()).orElseThrow();
    assertThat(stored.name()).isEqualTo(fault == Fault.AFTER_COMMIT ? "Renamed" : "Cached");
    assertThat(hub.get(user, s.id())).isEqualTo(stored);
  }

  @ParameterizedTest(name = "failing at {0}")
  @EnumSource(Fault.class)
  @DisplayName("after a comment fails, the count read agrees with the database and the next comment takes the next number")
  void commentThenRead(Fault fault) {
    Session s = hub.create(user, NewSession.named("Discussed"));
    hub.addComment(user, s.id(), "first");
    hub.get(user, s.id());
    failsOnce(fault, () -> hub.addComment(user, s.id(), "maybe"));

    long stored = store.find(s.id()).orElseThrow().commentCount();
    assertThat(stored).isEqualTo(fault == Fault.AFTER_COMMIT ? 2 : 1);
    assertThat(hub.get(user, s.id()).commentCount()).isEqualTo(stored);
    assertThat(hub.addComment(user, s.id(), "next").number()).isEqualTo(stored + 1);
  }
}
