package dev.sessionhub.spring.autoconfigure;

import dev.sessionhub.OperationObserver;
import dev.sessionhub.SessionHub;
import dev.sessionhub.SessionHubBuilder;
import dev.sessionhub.SessionListener;
import dev.sessionhub.cache.SessionCaches;
import dev.sessionhub.content.FileSystemContentStore;
import dev.sessionhub.spi.ContentStore;
import dev.sessionhub.spi.EventPublisher;
import dev.sessionhub.spi.EventTransport;
import dev.sessionhub.spi.IdGenerator;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of a {@link SessionHub} from the {@code sessionhub.*} properties
 * ({@link SessionHubProperties}) and the beans the application has: its {@link SessionStore} and
 * {@link TemplateStore} (the JDBC ones of {@link SessionHubJdbcAutoConfiguration} when there is a
 * DataSource, otherwise the hub's in-memory ones), a {@link SessionCache}, a {@link ContentStore},
 * an {@link IdGenerator}, a {@link Clock}, an {@link EventPublisher}, an {@link EventTransport},
 * and every {@link SessionListener} and {@link OperationObserver} bean. Every bean here gives way
 * to a host bean of its type. Logs one line at start saying which store the hub uses and why.
 * The hub is closed when the application context closes, after the scheduled purge stopped.
 */
@AutoConfiguration
@EnableConfigurationProperties(SessionHubProperties.class)
public class SessionHubAutoConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SessionHubAutoConfiguration.class);

  /** Creates the auto-configuration; Spring calls this. */
  public SessionHubAutoConfiguration() {}

  /**
   * The session cache: {@code sessionhub.cache.type} local (of {@code size} sessions for
   * {@code ttl}) or none.
   *
   * @param properties the {@code sessionhub.*} properties
   * @return the cache
   */
  @Bean
  @ConditionalOnMissingBean
  public SessionCache sessionHubCache(SessionHubProperties properties) {
    SessionHubProperties.Cache cache = properties.getCache();
    return switch (cache.getType()) {
      case LOCAL -> property("sessionhub.cache.size / ttl", () -> SessionCaches.local(cache.getSize(), cache.getTtl()));
      case NONE -> SessionCaches.none();
    };
  }

  /**
   * Attachment content in files under {@code sessionhub.attachments.root}; without that property
   * the hub keeps content in memory.
   *
   * @param properties the {@code sessionhub.*} properties
   * @return the content store
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "sessionhub.attachments", name = "root")
  public ContentStore sessionHubContentStore(SessionHubProperties properties) {
    Path root = Objects.requireNonNull(properties.getAttachments().getRoot(), "sessionhub.attachments.root");
    return FileSystemContentStore.builder(root).maxBytes(properties.getAttachments().getMaxSize().toBytes()).build();
  }

  /**
   * The purge lock of this process, when no database one is configured.
   *
   * @param clock the application's {@link Clock} bean if it has exactly one
   * @return the lock
   */
  @Bean
  @ConditionalOnMissingBean
  public PurgeLock sessionHubPurgeLock(ObjectProvider<Clock> clock) {
    return new LocalPurgeLock(clock.getIfUnique(Clock::systemUTC));
  }

  /**
   * The hub, built from the properties and whichever of these beans the application has.
   *
   * @param properties the {@code sessionhub.*} properties
   * @param sessionStore the session store (default: in memory)
   * @param templateStore the template store (default: in memory)
   * @param cache the session cache
   * @param contentStore the content store (default: in memory)
   * @param idGenerator the id generator (default: UUIDv7)
   * @param clock the clock, if the application has exactly one (default: system UTC)
   * @param listeners every listener, registered in order
   * @param observers every observer, registered in order
   * @param eventPublisher the event publisher
   * @param eventTransport the event transport between instances
   * @param storeChoice the JDBC auto-configuration's account of its store, for the log line
   * @return the hub, closed with the context
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public SessionHub sessionHub(SessionHubProperties properties, ObjectProvider<SessionStore> sessionStore,
      ObjectProvider<TemplateStore> templateStore, ObjectProvider<SessionCache> cache,
      ObjectProvider<ContentStore> contentStore, ObjectProvider<IdGenerator> idGenerator, ObjectProvider<Clock> clock,
      ObjectProvider<SessionListener> listeners, ObjectProvider<OperationObserver> observers,
      ObjectProvider<EventPublisher> eventPublisher, ObjectProvider<EventTransport> eventTransport,
      ObjectProvider<StoreChoice> storeChoice) {
    SessionHubBuilder b = SessionHub.builder();
    SessionStore store = sessionStore.getIfAvailable();
    if (store != null) {
      b.sessionStore(store);
    }
    templateStore.ifAvailable(b::templateStore);
    cache.ifAvailable(b::cache);
    contentStore.ifAvailable(b::contentStore);
    idGenerator.ifAvailable(b::idGenerator);
    clock.ifUnique(b::clock);
    listeners.orderedStream().forEach(b::listener);
    observers.orderedStream().forEach(b::observer);
    EventPublisher publisher = eventPublisher.getIfAvailable();
    if (publisher != null) {
      b.eventPublisher(publisher);
    }
    EventTransport transport = eventTransport.getIfAvailable();
    if (transport != null) {
      property("sessionhub.events.reorder-window",
          () -> b.eventTransport(transport, properties.getEvents().getReorderWindow()));
    }
    if (properties.getInstanceId() != null) {
      property("sessionhub.instance-id", () -> b.instanceId(properties.getInstanceId()));
    }
    applyCursorSecret(b, properties, transport != null || publisher != null);
    SessionHubProperties.Attachments attachments = properties.getAttachments();
    property("sessionhub.attachments.max-size",
        () -> b.attachments(attachments.getMaxSize().toBytes(), attachments.getAllowedContentTypes()));
    property("sessionhub.attachments.retention", () -> b.attachmentRetention(attachments.getRetention()));
    LOG.info("SessionHub store: {}", describeStore(store, storeChoice.getIfAvailable()));
    return b.build();
  }

  /**
   * Purges archived sessions' attachment content on {@code sessionhub.attachments.purge.cron}
   * (off with "-"), on one instance per scheduled time.
   *
   * @param hub the hub
   * @param lock the lock shared by the instances
   * @param properties the {@code sessionhub.*} properties
   * @return the scheduler, started and stopped with the context
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnExpression("'${sessionhub.attachments.purge.cron:0 0 3 * * *}' != '-'")
  AttachmentPurgeScheduler sessionHubAttachmentPurge(SessionHub hub, PurgeLock lock, SessionHubProperties properties) {
    return new AttachmentPurgeScheduler(hub, lock, properties.getAttachments().getPurge());
  }

  /** Runs a builder step, naming the property when it refuses the value. */
  private static <T> T property(String name, Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private static void applyCursorSecret(SessionHubBuilder b, SessionHubProperties properties, boolean sharesEvents) {
    String secret = properties.getCursorSecret();
    if (secret == null || secret.isEmpty()) {
      if (properties.getInstanceId() != null && !sharesEvents) {
        LOG.warn("sessionhub.instance-id is set (several instances share the store) but sessionhub.cursor-secret is"
            + " not: each instance signs page cursors with a random secret of its own and rejects the others'."
            + " Give every instance the same sessionhub.cursor-secret (at least 16 bytes).");
      }
      return;
    }
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 16) {
      throw new IllegalArgumentException("sessionhub.cursor-secret must be at least 16 bytes of UTF-8, was "
          + bytes.length + " byte(s)");
    }
    b.cursorSecret(bytes);
  }

  private static String describeStore(@Nullable SessionStore store, @Nullable StoreChoice choice) {
    if (store == null) {
      return "in memory (no DataSource bean, or sessionhub.jdbc.enabled=false, or sessionhub-store-jdbc not on the"
          + " classpath); sessions are lost when the application stops";
    }
    if (choice != null && choice.sessionStore() == store) {
      return choice.description();
    }
    return "the application's own SessionStore bean (" + store.getClass().getName() + ")";
  }
}
