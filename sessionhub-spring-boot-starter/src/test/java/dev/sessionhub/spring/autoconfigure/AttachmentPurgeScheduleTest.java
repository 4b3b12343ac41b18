package dev.sessionhub.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.NewSession;
import dev.sessionhub.ObservedOperation;
import dev.sessionhub.OperationObserver;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Session;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The scheduled purge: one instance per scheduled time across instances sharing a database. */
class AttachmentPurgeScheduleTest {

  private static ApplicationContextRunner instance(String url, AtomicInteger purges, String... properties) {
    OperationObserver countPurges = (ObservedOperation op) -> {
      if (op.operation().equals("purgeArchivedAttachments") && op.succeeded()) {
        purges.incrementAndGet();
      }
    };
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
            SessionHubJdbcAutoConfiguration.class, SessionHubAutoConfiguration.class))
        .withBean(OperationObserver.class, () -> countPurges)
        .withPropertyValues("spring.datasource.url=" + url, "spring.datasource.hikari.maximum-pool-size=2")
        .withPropertyValues(properties);
  }

  @Test
  @DisplayName("two instances on one database, purging every second: one purge in all while the lease lasts")
  void onceAcrossTwoInstances() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    AtomicInteger purges = new AtomicInteger();
    String[] every = {"sessionhub.attachments.purge.cron=* * * * * *", "sessionhub.attachments.purge.lock-at-least=1h"};
    instance(url, purges, every).run(a -> instance(url, purges, every).run(b -> {
      Thread.sleep(3_500);
      assertThat(purges).hasValue(1);
    }));
  }

  @Test
  @DisplayName("the lease is shared through the database: while one instance holds it the other skips; "
      + "after lock-at-least either may purge again, and a purge deletes archived content")
  void leaseSharedThroughTheDatabase() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    AtomicInteger purges = new AtomicInteger();
    String[] manual = {"sessionhub.attachments.purge.cron=0 0 0 1 1 *", "sessionhub.attachments.purge.lock-at-least=1s",
        "sessionhub.attachments.retention=0s"};
    instance(url, purges, manual).run(a -> instance(url, purges, manual).run(b -> {
      AttachmentPurgeScheduler first = a.getBean(AttachmentPurgeScheduler.class);
      AttachmentPurgeScheduler second = b.getBean(AttachmentPurgeScheduler.class);
      assertThat(first.runOnce()).isTrue();
      assertThat(second.runOnce()).isFalse();
      assertThat(first.runOnce()).isFalse();
      Thread.sleep(1_200);
      SessionHub hub = b.getBean(SessionHub.class);
      Session s = hub.create("ann", NewSession.named("x"));
      s = hub.uploadAttachment("ann", s.id(), "a.txt", "text/plain",
          new ByteArrayInputStream("bytes".getBytes(StandardCharsets.UTF_8)));
      hub.archive("ann", s.id(), s.version());
      Thread.sleep(5);
      assertThat(second.runOnce()).isTrue();
      assertThat(purges).hasValue(2);
      assertThat(hub.purgeArchivedAttachments()).isZero();
    }));
  }

  @Test
  @DisplayName("in memory, the local lease: a second run within lock-at-least is skipped")
  void localLease() {
    AtomicInteger purges = new AtomicInteger();
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SessionHubAutoConfiguration.class))
        .withBean(OperationObserver.class, () -> op -> {
          if (op.operation().equals("purgeArchivedAttachments")) {
            purges.incrementAndGet();
          }
        })
        .withPropertyValues("sessionhub.attachments.purge.lock-at-least=1h").run(ctx -> {
          AttachmentPurgeScheduler scheduler = ctx.getBean(AttachmentPurgeScheduler.class);
          assertThat(scheduler.runOnce()).isTrue();
          assertThat(scheduler.runOnce()).isFalse();
          assertThat(purges).hasValue(1);
        });
  }
}
