package dev.sessionhub.spring.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code sessionhub.*} properties: how the auto-configured hub is built. Every property has a
 * default, so a host needs none of them. Mutable, as Spring binds it; read once at start.
 */
@ConfigurationProperties("sessionhub")
public class SessionHubProperties {

  /**
   * Secret (at least 16 bytes of UTF-8) signing page cursors. Every instance sharing a store
   * must use the same one, or a cursor from one instance is rejected by the others; unset, each
   * instance draws a random one.
   */
  private @Nullable String cursorSecret;

  /**
   * This instance's id among the instances sharing the store (1 to 64 of letters, digits and
   * . _ : -), for example the pod name; unset, a random UUID.
   */
  private @Nullable String instanceId;

  private final Cache cache = new Cache();
  private final Attachments attachments = new Attachments();
  private final Jdbc jdbc = new Jdbc();
  private final Events events = new Events();
  private final Metrics metrics = new Metrics();

  /** Creates the properties with their defaults; Spring binds the rest. */
  public SessionHubProperties() {}

  /** The cursor secret, or {@code null} for a random one per instance. */
  public @Nullable String getCursorSecret() {
    return cursorSecret;
  }

  /** Sets the cursor secret. */
  public void setCursorSecret(@Nullable String cursorSecret) {
    this.cursorSecret = cursorSecret;
  }

  /** The instance id, or {@code null} for a random one. */
  public @Nullable String getInstanceId() {
    return instanceId;
  }

  /** Sets the instance id. */
  public void setInstanceId(@Nullable String instanceId) {
    this.instanceId = instanceId;
  }

  /** The session cache properties. */
  public Cache getCache() {
    return cache;
  }

  /** The attachment properties. */
  public Attachments getAttachments() {
    return attachments;
  }

  /** The JDBC store properties. */
  public Jdbc getJdbc() {
    return jdbc;
  }

  /** The cross-instance event properties. */
  public Events getEvents() {
    return events;
  }

  /** The Micrometer properties. */
  public Metrics getMetrics() {
    return metrics;
  }

  /** Which session cache the hub gets. */
  public enum CacheType {
    /** A local Caffeine cache bounded by size and time to live. */
    LOCAL,
    /** No cache: every read goes to the store (several instances without a shared cache). */
    NONE
  }

  /** {@code sessionhub.cache.*}: the session cache. */
  public static class Cache {

    /** Which cache: local (a Caffeine cache in this process) or none (every read goes to the store). */
    private CacheType type = CacheType.LOCAL;

    /** The most sessions the local cache holds. */
    private long size = 10_000;

    /** How long the local cache keeps a session after it was written. */
    private Duration ttl = Duration.ofHours(1);

    /** Creates the defaults. */
    public Cache() {}

    /** The cache type. */
    public CacheType getType() {
      return type;
    }

    /** Sets the cache type. */
    public void setType(CacheType type) {
      this.type = type;
    }

    /** The local cache's size bound. */
    public long getSize() {
      return size;
    }

    /** Sets the local cache's size bound. */
    public void setSize(long size) {
      this.size = size;
    }

    /** The local cache's time to live. */
    public Duration getTtl() {
      return ttl;
    }

    /** Sets the local cache's time to live. */
    public void setTtl(Duration ttl) {
      this.ttl = ttl;
    }
  }

  /** {@code sessionhub.attachments.*}: uploads, their storage and their purge. */
  public static class Attachments {

    /** The largest upload accepted. */
    private DataSize maxSize = DataSize.ofMegabytes(25);

    /** The content types accepted for uploads; empty accepts any. */
    private Set<String> allowedContentTypes = new LinkedHashSet<>();

    /** How long attachment content is kept after its session is archived. */
    private Duration retention = Duration.ofDays(30);

    /**
     * Directory of the file-system content store (created if missing); unset, attachment content
     * is kept in memory and lost on restart.
     */
    private @Nullable Path root;

    private final Purge purge = new Purge();

    /** Creates the defaults. */
    public Attachments() {}

    /** The upload size limit. */
    public DataSize getMaxSize() {
      return maxSize;
    }

    /** Sets the upload size limit. */
    public void setMaxSize(DataSize maxSize) {
      this.maxSize = maxSize;
    }

    /** The accepted content types (empty: any). */
    public Set<String> getAllowedContentTypes() {
      return allowedContentTypes;
    }

    /** Sets the accepted content types. */
    public void setAllowedContentTypes(Set<String> allowedContentTypes) {
      this.allowedContentTypes = allowedContentTypes;
    }

    /** The retention after archiving. */
    public Duration getRetention() {
      return retention;
    }

    /** Sets the retention after archiving. */
    public void setRetention(Duration retention) {
      this.retention = retention;
    }

    /** The file-system content store's root, or {@code null} for memory. */
    public @Nullable Path getRoot() {
      return root;
    }

    /** Sets the file-system content store's root. */
    public void setRoot(@Nullable Path root) {
      this.root = root;
    }

    /** The purge schedule. */
    public Purge getPurge() {
      return purge;
    }
  }

  /** {@code sessionhub.attachments.purge.*}: the scheduled purge of archived attachments. */
  public static class Purge {

    /**
     * When to purge the content of attachments of sessions archived longer ago than the
     * retention: a Spring cron expression (second minute hour day month weekday), "-" for never.
     */
    private String cron = "0 0 3 * * *";

    /** The time zone of the cron expression; unset, the JVM's. */
    private @Nullable String zone;

    /**
     * The shortest time the purge lock stays held after a run started, so that instances whose
     * clocks differ slightly do not purge again for the same scheduled time.
     */
    private Duration lockAtLeast = Duration.ofSeconds(30);

    /**
     * The longest time the purge lock stays held, should the instance holding it die mid-run;
     * after it another instance may purge.
     */
    private Duration lockAtMost = Duration.ofMinutes(30);

    /** Creates the defaults. */
    public Purge() {}

    /** The cron expression, or "-". */
    public String getCron() {
      return cron;
    }

    /** Sets the cron expression. */
    public void setCron(String cron) {
      this.cron = cron;
    }

    /** The cron time zone, or {@code null} for the JVM's. */
    public @Nullable String getZone() {
      return zone;
    }

    /** Sets the cron time zone. */
    public void setZone(@Nullable String zone) {
      this.zone = zone;
    }

    /** The lock's shortest hold. */
    public Duration getLockAtLeast() {
      return lockAtLeast;
    }

    /** Sets the lock's shortest hold. */
    public void setLockAtLeast(Duration lockAtLeast) {
      this.lockAtLeast = lockAtLeast;
    }

    /** The lock's longest hold. */
    public Duration getLockAtMost() {
      return lockAtMost;
    }

    /** Sets the lock's longest hold. */
    public void setLockAtMost(Duration lockAtMost) {
      this.lockAtMost = lockAtMost;
    }
  }

  /** {@code sessionhub.jdbc.*}: the JDBC store on the application's DataSource. */
  public static class Jdbc {

    /** Whether to keep sessions in the application's DataSource when there is one; false keeps them in memory. */
    private boolean enabled = true;

    /** The bean name of the DataSource to use when the application has several; unset, the primary one. */
    private @Nullable String dataSource;

    /**
     * Whether the store creates and upgrades its tables at start (after the application's own
     * Flyway or Liquibase); false leaves that to the application, which runs the scripts under
     * classpath:db/sessionhub/{postgresql,mariadb,h2} with its own Flyway.
     */
    private boolean migrate = true;

    /** The prefix of every table and index name. */
    private String tablePrefix = "sh_";

    /** The schema (MariaDB/MySQL: the database) of the tables; unset, the connection's current one. */
    private @Nullable String schema;

    /** The query timeout of every statement. */
    private Duration queryTimeout = Duration.ofSeconds(30);

    /** Creates the defaults. */
    public Jdbc() {}

    /** Whether the JDBC store is used when a DataSource exists. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether the JDBC store is used. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** The DataSource bean name, or {@code null} for the primary one. */
    public @Nullable String getDataSource() {
      return dataSource;
    }

    /** Sets the DataSource bean name. */
    public void setDataSource(@Nullable String dataSource) {
      this.dataSource = dataSource;
    }

    /** Whether the store migrates its tables. */
    public boolean isMigrate() {
      return migrate;
    }

    /** Sets whether the store migrates its tables. */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }

    /** The table prefix. */
    public String getTablePrefix() {
      return tablePrefix;
    }

    /** Sets the table prefix. */
    public void setTablePrefix(String tablePrefix) {
      this.tablePrefix = tablePrefix;
    }

    /** The schema, or {@code null} for the connection's. */
    public @Nullable String getSchema() {
      return schema;
    }

    /** Sets the schema. */
    public void setSchema(@Nullable String schema) {
      this.schema = schema;
    }

    /** The query timeout. */
    public Duration getQueryTimeout() {
      return queryTimeout;
    }

    /** Sets the query timeout. */
    public void setQueryTimeout(Duration queryTimeout) {
      this.queryTimeout = queryTimeout;
    }
  }

  /** {@code sessionhub.events.*}: events between instances (with an EventTransport bean). */
  public static class Events {

    /**
     * How long an event from another instance that arrives ahead of a gap in its session's
     * versions waits for the missing ones (0 to 10 s).
     */
    private Duration reorderWindow = Duration.ofMillis(200);

    /** Creates the defaults. */
    public Events() {}

    /** The reorder window. */
    public Duration getReorderWindow() {
      return reorderWindow;
    }

    /** Sets the reorder window. */
    public void setReorderWindow(Duration reorderWindow) {
      this.reorderWindow = reorderWindow;
    }
  }

  /** {@code sessionhub.metrics.*}: Micrometer meters. */
  public static class Metrics {

    /**
     * How long the sessions-by-status figures are reused before the store is counted again (a
     * scrape within this interval reads the cached figures).
     */
    private Duration statusRefresh = Duration.ofSeconds(60);

    /** Creates the defaults. */
    public Metrics() {}

    /** The status count refresh interval. */
    public Duration getStatusRefresh() {
      return statusRefresh;
    }

    /** Sets the status count refresh interval. */
    public void setStatusRefresh(Duration statusRefresh) {
      this.statusRefresh = statusRefresh;
    }
  }
}
