package dev.sessionhub.spring.autoconfigure;

import dev.sessionhub.SessionHub;
import java.time.ZoneId;
import java.util.TimeZone;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs {@link SessionHub#purgeArchivedAttachments()} on the cron schedule of
 * {@code sessionhub.attachments.purge.cron}, on a thread of its own, through the
 * {@link PurgeLock} so that one instance purges per scheduled time. Needs no
 * {@code @EnableScheduling} in the host. Stopped before the hub is closed.
 */
final class AttachmentPurgeScheduler implements SmartLifecycle {

  static final String JOB = "sessionhub-attachment-purge";
  private static final Logger LOG = LoggerFactory.getLogger(AttachmentPurgeScheduler.class);

  private final SessionHub hub;
  private final PurgeLock lock;
  private final SessionHubProperties.Purge purge;
  private final CronTrigger trigger;
  private @Nullable ThreadPoolTaskScheduler scheduler;
  private @Nullable ScheduledFuture<?> scheduled;

  AttachmentPurgeScheduler(SessionHub hub, PurgeLock lock, SessionHubProperties.Purge purge) {
    this.hub = hub;
    this.lock = lock;
    this.purge = purge;
    this.trigger = trigger(purge);
  }

  private static CronTrigger trigger(SessionHubProperties.Purge purge) {
    try {
      return purge.getZone() == null ? new CronTrigger(purge.getCron())
          : new CronTrigger(purge.getCron(), TimeZone.getTimeZone(ZoneId.of(purge.getZone())));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("sessionhub.attachments.purge.cron / zone: not a cron expression"
          + " (second minute hour day month weekday) and time zone, or \"-\" for never: '" + purge.getCron() + "' / "
          + purge.getZone() + ": " + e.getMessage(), e);
    }
  }

  /**
   * One scheduled run: purges if this instance takes the lock, and logs what it did.
   *
   * @return whether this instance purged
   */
  boolean runOnce() {
    try {
      return lock.runExclusively(JOB, purge.getLockAtLeast(), purge.getLockAtMost(), () -> {
        int deleted = hub.purgeArchivedAttachments();
        LOG.info("SessionHub purged the content of {} attachment(s) of sessions archived over the retention", deleted);
      });
    } catch (RuntimeException e) {
      LOG.warn("SessionHub attachment purge failed; it runs again at the next scheduled time", e);
      return false;
    }
  }

  @Override
  public synchronized void start() {
    ThreadPoolTaskScheduler s = new ThreadPoolTaskScheduler();
    s.setPoolSize(1);
    s.setThreadNamePrefix("sessionhub-purge-");
    s.setDaemon(true);
    s.setRemoveOnCancelPolicy(true);
    s.setWaitForTasksToCompleteOnShutdown(true);
    s.setAwaitTerminationSeconds(30);
    s.initialize();
    scheduled = s.schedule(this::runOnce, trigger);
    scheduler = s;
  }

  @Override
  public synchronized void stop() {
    if (scheduled != null) {
      scheduled.cancel(false);
      scheduled = null;
    }
    if (scheduler != null) {
      // Only a purge already running is waited for (30 s at most): a delayed run still queued
      // (the cancel above can race with the trigger rescheduling) must not run after shutdown,
      // which a ScheduledThreadPoolExecutor does by default and which held every stop for 30 s.
      scheduler.getScheduledThreadPoolExecutor().setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
      scheduler.shutdown();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
