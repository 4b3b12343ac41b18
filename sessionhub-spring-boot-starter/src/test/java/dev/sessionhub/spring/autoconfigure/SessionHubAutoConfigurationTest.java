package dev.sessionhub.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.ObservedOperation;
import dev.sessionhub.OperationObserver;
import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.SessionListener;
import dev.sessionhub.cache.LocalSessionCache;
import dev.sessionhub.cache.SessionCaches;
import dev.sessionhub.content.FileSystemContentStore;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.model.Page;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.spi.ContentStore;
import dev.sessionhub.spi.IdGenerator;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.store.jdbc.JdbcStores;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The hub's auto-configuration without a DataSource: defaults, each property, each host bean. */
@ExtendWith(OutputCaptureExtension.class)
class SessionHubAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SessionHubJdbcAutoConfiguration.class, SessionHubAutoConfiguration.class));

  private static Session createAndArchiveWithAttachment(SessionHub hub, byte[] bytes) {
    Session s = hub.create("ann", NewSession.named("Fix login"));
    s = hub.uploadAttachment("ann", s.id(), "notes.txt", "text/plain", new ByteArrayInputStream(bytes));
    return hub.archive("ann", s.id(), s.version());
  }

  @Nested
  @DisplayName("with no properties and no beans")
  class Defaults {

    @Test
    @DisplayName("an in-memory hub that stores and reads a session, with a local cache, and says so in the log")
    void inMemoryHub(CapturedOutput output) {
      runner.run(ctx -> {
        assertThat(ctx).hasSingleBean(SessionHub.class).doesNotHaveBean(SessionStore.class)
            .doesNotHaveBean(ContentStore.class).hasSingleBean(PurgeLock.class);
        assertThat(ctx.getBean(SessionCache.class)).isInstanceOf(LocalSessionCache.class);
        assertThat(ctx.getBean(PurgeLock.class)).isInstanceOf(LocalPurgeLock.class);
        SessionHub hub = ctx.getBean(SessionHub.class);
        Session s = hub.create("ann", NewSession.named("Fix login"));
        assertThat(hub.get("ann", s.id()).name()).isEqualTo("Fix login");
        assertThat(((LocalSessionCache) ctx.getBean(SessionCache.class)).stats().hits()).isPositive();
        assertThat(ctx).hasSingleBean(AttachmentPurgeScheduler.class);
      });
      assertThat(output).contains("SessionHub store: in memory (no DataSource bean");
    }

    @Test
    @DisplayName("the hub is closed with the context")
    void closedOnShutdown() {
      SessionHub[] hub = new SessionHub[1];
      runner.run(ctx -> hub[0] = ctx.getBean(SessionHub.class));
      assertThatThrownBy(() -> hub[0].create("ann", NewSession.named("late")))
          .isInstanceOf(dev.sessionhub.error.HubClosedException.class);
    }

    @Test
    @DisplayName("30 days of retention: content of a session archived now is not purged")
    void defaultRetentionKeepsContent() {
      runner.run(ctx -> {
        SessionHub hub = ctx.getBean(SessionHub.class);
        createAndArchiveWithAttachment(hub, "kept".getBytes(StandardCharsets.UTF_8));
        assertThat(hub.purgeArchivedAttachments()).isZero();
      });
    }
  }

  @Nested
  @DisplayName("each property")
  class Properties {

    @Test
    @DisplayName("sessionhub.cache.type=none: no local cache")
    void noCache() {
      runner.withPropertyValues("sessionhub.cache.type=none").run(ctx ->
          assertThat(ctx.getBean(SessionCache.class)).isSameAs(SessionCaches.none()));
    }

    @Test
    @DisplayName("sessionhub.cache.size=0: the local cache keeps nothing, so every read misses")
    void cacheSize() {
      runner.withPropertyValues("sessionhub.cache.size=0").run(ctx -> {
        SessionHub hub = ctx.getBean(SessionHub.class);
        LocalSessionCache cache = (LocalSessionCache) ctx.getBean(SessionCache.class);
        Session s = hub.create("ann", NewSession.named("x"));
        hub.get("ann", s.id());
        assertThat(cache.stats().hits()).isZero();
      });
    }

    @Test
    @DisplayName("sessionhub.cache.ttl=0s: nothing stays cached")
    void cacheTtl() {
      runner.withPropertyValues("sessionhub.cache.ttl=0s").run(ctx -> {
        SessionHub hub = ctx.getBean(SessionHub.class);
        Session s = hub.create("ann", NewSession.named("x"));
        hub.get("ann", s.id());
        assertThat(((LocalSessionCache) ctx.getBean(SessionCache.class)).stats().hits()).isZero();
      });
    }

    @Test
    @DisplayName("sessionhub.attachments.max-size: a larger upload is refused")
    void maxSize() {
      runner.withPropertyValues("sessionhub.attachments.max-size=10B").run(ctx -> {
        SessionHub hub = ctx.getBean(SessionHub.class);
        Session s = hub.create("ann", NewSession.named("x"));
        hub.uploadAttachment("ann", s.id(), "a.txt", "text/plain", new ByteArrayInputStream(new byte[10]));
        assertThatThrownBy(() -> hub.uploadAttachment("ann", s.id(), "b.txt", "text/plain",
            new ByteArrayInputStream(new byte[11]))).isInstanceOf(ValidationException.class);
      });
    }

    @Test
    @DisplayName("sessionhub.attachments.allowed-content-types: another type is refused")
    void allowedTypes() {
      runner.withPropertyValues("sessionhub.attachments.allowed-content-types=text/plain,application/pdf").run(ctx -> {
        SessionHub hub = ctx.getBean(SessionHub.class);
        Session s = hub.create("ann", NewSession.named("x"));
        hub.uploadAttachment("ann", s.id(), "a.txt", "text/plain", new ByteArrayInputStream(new byte[1]));
        assertThatThrownBy(() -> hub.uploadAttachment("ann", s.id(), "b.png", "image/png",
            new ByteArrayInputStream(new byte[1]))).isInstanceOf(ValidationException.class);
      });
    }

    @Test
    @DisplayName("sessionhub.attachments.retention=0s: an archived session's content is purged")
    void retention() {
      runner.withPropertyValues("sessionhub.attachments.retention=0s").run(ctx -> {
        SessionHub hub = ctx.getBean(SessionHub.class);
        createAndArchiveWithAttachment(hub, "gone".getBytes(StandardCharsets.UTF_8));
        Thread.sleep(5);
        assertThat(hub.purgeArchivedAttachments()).isEqualTo(1);
      });
    }

    @Test
    @DisplayName("sessionhub.attachments.root: content goes to files under it")
    void contentRoot(@TempDir Path dir) {
      Path root = dir.resolve("content");
      runner.withPropertyValues("sessionhub.attachments.root=" + root).run(ctx -> {
        assertThat(ctx.getBean(ContentStore.class)).isInstanceOf(FileSystemContentStore.class);
        SessionHub hub = ctx.getBean(SessionHub.class);
        Session s = hub.create("ann", NewSession.named("x"));
        hub.uploadAttachment("ann", s.id(), "a.txt", "text/plain",
            new ByteArrayInputStream("on disk".getBytes(StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.walk(root.resolve(s.id()))) {
          assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
      });
    }

    @Test
    @DisplayName("sessionhub.cursor-secret: instances sharing it accept each other's cursors, others refuse them")
    void cursorSecret() {
      String secret = "sessionhub.cursor-secret=0123456789abcdef-shared";
      runner.withPropertyValues(secret).run(a -> {
        SessionHub hubA = a.getBean(SessionHub.class);
        hubA.create("ann", NewSession.named("one"));
        hubA.create("ann", NewSession.named("two"));
        Page<Session> first = hubA.search("ann", SessionQuery.builder().pageSize(1).build());
        assertThat(first.nextCursor()).isNotNull();
        SessionQuery next = SessionQuery.builder().pageSize(1).cursor(first.nextCursor()).build();
        runner.withPropertyValues(secret).run(b ->
            assertThat(b.getBean(SessionHub.class).search("ann", next).items()).isEmpty());
        runner.withPropertyValues("sessionhub.cursor-secret=another-secret-of-16-bytes").run(c ->
            assertThatThrownBy(() -> c.getBean(SessionHub.class).search("ann", next))
                .isInstanceOf(ValidationException.class));
      });
    }

    @Test
    @DisplayName("a cursor secret under 16 bytes stops the start with a message naming the property")
    void shortSecret() {
      runner.withPropertyValues("sessionhub.cursor-secret=short").run(ctx ->
          assertThat(ctx).hasFailed().getFailure().rootCause()
              .hasMessageContaining("sessionhub.cursor-secret must be at least 16 bytes"));
    }

    @Test
    @DisplayName("an instance id without a cursor secret logs a warning; with one it does not")
    void instanceIdWithoutSecret(CapturedOutput output) {
      runner.withPropertyValues("sessionhub.instance-id=pod-1").run(ctx -> assertThat(ctx).hasNotFailed());
      assertThat(output).contains("sessionhub.instance-id is set").contains("sessionhub.cursor-secret is not");
    }

    @Test
    @DisplayName("a value a part refuses stops the start with a message naming the property")
    void refusedValues() {
      runner.withPropertyValues("sessionhub.cache.size=-1").run(ctx ->
          assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining("sessionhub.cache.size"));
      runner.withPropertyValues("sessionhub.attachments.max-size=0B").run(ctx ->
          assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining("sessionhub.attachments.max-size"));
      runner.withPropertyValues("sessionhub.attachments.retention=-1d").run(ctx ->
          assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining("sessionhub.attachments.retention"));
    }

    @Test
    @DisplayName("an instance id outside the rules stops the start")
    void badInstanceId() {
      runner.withPropertyValues("sessionhub.instance-id=has space").run(ctx ->
          assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("instance id"));
    }

    @Test
    @DisplayName("sessionhub.attachments.purge.cron=-: no scheduled purge; a malformed cron stops the start")
    void cron() {
      runner.withPropertyValues("sessionhub.attachments.purge.cron=-").run(ctx ->
          assertThat(ctx).hasNotFailed().doesNotHaveBean(AttachmentPurgeScheduler.class));
      runner.withPropertyValues("sessionhub.attachments.purge.cron=every day").run(ctx ->
          assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("every day"));
    }

    @Test
    @DisplayName("sessionhub.jdbc.enabled=false with a DataSource: in memory all the same")
    void jdbcOff() {
      runner.withBean(javax.sql.DataSource.class, SessionHubAutoConfigurationTest::h2)
          .withPropertyValues("sessionhub.jdbc.enabled=false")
          .run(ctx -> assertThat(ctx).hasSingleBean(SessionHub.class).doesNotHaveBean(JdbcStores.class)
              .doesNotHaveBean(SessionStore.class));
    }
  }

  static javax.sql.DataSource h2() {
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    return ds;
  }

  @Nested
  @DisplayName("a host bean replaces each default")
  class HostBeans {

    @Test
    @DisplayName("the hub")
    void hub() {
      SessionHub own = SessionHub.inMemory();
      runner.withBean(SessionHub.class, () -> own).run(ctx -> assertThat(ctx.getBean(SessionHub.class)).isSameAs(own));
    }

    @Test
    @DisplayName("the session and template stores, named in the log line")
    void stores(CapturedOutput output) {
      JdbcStores own = JdbcStores.h2InMemory();
      runner.withBean(SessionStore.class, own::sessionStore).withBean(TemplateStore.class, own::templateStore)
          .run(ctx -> {
            Session s = ctx.getBean(SessionHub.class).create("ann", NewSession.named("in my store"));
            assertThat(own.sessionStore().find(s.id())).isPresent();
          });
      assertThat(output).contains("SessionHub store: the application's own SessionStore bean");
    }

    @Test
    @DisplayName("the cache")
    void cache() {
      LocalSessionCache own = SessionCaches.local(5, java.time.Duration.ofMinutes(1));
      runner.withBean(SessionCache.class, () -> own).run(ctx -> {
        assertThat(ctx.getBean(SessionCache.class)).isSameAs(own);
        SessionHub hub = ctx.getBean(SessionHub.class);
        hub.get("ann", hub.create("ann", NewSession.named("x")).id());
        assertThat(own.stats().hits()).isEqualTo(1);
      });
    }

    @Test
    @DisplayName("the content store, also when the root property is set")
    void contentStore(@TempDir Path dir) {
      ContentStore own = FileSystemContentStore.builder(dir.resolve("mine")).build();
      runner.withBean(ContentStore.class, () -> own).withPropertyValues("sessionhub.attachments.root=" + dir.resolve("theirs"))
          .run(ctx -> {
            assertThat(ctx.getBean(ContentStore.class)).isSameAs(own);
            SessionHub hub = ctx.getBean(SessionHub.class);
            Session s = hub.create("ann", NewSession.named("x"));
            hub.uploadAttachment("ann", s.id(), "a.txt", "text/plain", new ByteArrayInputStream(new byte[3]));
            assertThat(dir.resolve("mine").resolve(s.id())).isDirectory();
            assertThat(dir.resolve("theirs")).doesNotExist();
          });
    }

    @Test
    @DisplayName("the purge lock")
    void purgeLock() {
      AtomicInteger asked = new AtomicInteger();
      PurgeLock own = (name, least, most, task) -> {
        asked.incrementAndGet();
        return false;
      };
      runner.withBean(PurgeLock.class, () -> own).run(ctx -> {
        assertThat(ctx.getBean(PurgeLock.class)).isSameAs(own);
        assertThat(ctx.getBean(AttachmentPurgeScheduler.class).runOnce()).isFalse();
        assertThat(asked).hasValue(1);
      });
    }

    @Test
    @DisplayName("the id generator and the clock")
    void idsAndClock() {
      AtomicInteger n = new AtomicInteger();
      Instant at = Instant.parse("2030-01-02T03:04:05Z");
      runner.withBean(IdGenerator.class, () -> () -> "host-" + n.incrementAndGet())
          .withBean(Clock.class, () -> Clock.fixed(at, ZoneOffset.UTC))
          .run(ctx -> {
            Session s = ctx.getBean(SessionHub.class).create("ann", NewSession.named("x"));
            assertThat(s.id()).startsWith("host-");
            assertThat(s.createdAt()).isEqualTo(at);
          });
    }

    @Test
    @DisplayName("every SessionListener and OperationObserver bean is registered")
    void listenersAndObservers() {
      List<SessionEvent> events = new CopyOnWriteArrayList<>();
      List<ObservedOperation> calls = new CopyOnWriteArrayList<>();
      runner.withBean("first", SessionListener.class, () -> events::add)
          .withBean("second", SessionListener.class, () -> events::add)
          .withBean(OperationObserver.class, () -> calls::add)
          .run(ctx -> {
            Session s = ctx.getBean(SessionHub.class).create("ann", NewSession.named("x"));
            assertThat(events).hasSize(2).allMatch(e -> e instanceof SessionEvent.Created && e.sessionId().equals(s.id()));
            assertThat(calls).extracting(ObservedOperation::operation).containsExactly("create");
          });
    }
  }
}
