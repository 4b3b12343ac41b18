package dev.sessionhub.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Session;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** The starter on a real PostgreSQL (embedded, started once for the class). */
class PostgresStarterTest {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  private static ApplicationContextRunner instance(String prefix) {
    DataSource ds = postgres.getPostgresDatabase();
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SessionHubJdbcAutoConfiguration.class, SessionHubAutoConfiguration.class))
        .withBean(DataSource.class, () -> ds)
        .withPropertyValues("sessionhub.jdbc.table-prefix=" + prefix, "sessionhub.attachments.purge.cron=-");
  }

  @Test
  @DisplayName("a session created through one instance's hub is read back through another's")
  void storeOnPostgres() {
    instance("pg_store_").run(a -> instance("pg_store_").run(b -> {
      Session s = a.getBean(SessionHub.class).create("ann", NewSession.named("on PostgreSQL"));
      assertThat(b.getBean(SessionHub.class).get("ann", s.id()).name()).isEqualTo("on PostgreSQL");
      assertThat(b.getBean(SessionStatusCounter.class).countByStatus())
          .containsEntry(dev.sessionhub.model.SessionStatus.DRAFT, 1L);
    }));
  }

  @Test
  @DisplayName("eight threads of two instances race for the purge lease: exactly one runs; "
      + "the lease row is then held for lock-at-least")
  void leaseRace() {
    instance("pg_lock_").run(a -> instance("pg_lock_").run(b -> {
      PurgeLock[] locks = {a.getBean(PurgeLock.class), b.getBean(PurgeLock.class)};
      AtomicInteger ran = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Callable<Boolean>> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          PurgeLock lock = locks[i % 2];
          racers.add(() -> lock.runExclusively("race", java.time.Duration.ofHours(1), java.time.Duration.ofHours(2),
              ran::incrementAndGet));
        }
        int won = 0;
        for (Future<Boolean> f : pool.invokeAll(racers)) {
          won += f.get() ? 1 : 0;
        }
        assertThat(won).isEqualTo(1);
        assertThat(ran).hasValue(1);
      } finally {
        pool.shutdown();
      }
      Long until = new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject(
          "SELECT locked_until FROM pg_lock_scheduler_locks WHERE lock_name = 'race'", Long.class);
      assertThat(until).isGreaterThan(System.currentTimeMillis() + 3_500_000L);
    }));
  }
}
