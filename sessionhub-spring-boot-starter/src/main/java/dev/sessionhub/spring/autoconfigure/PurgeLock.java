package dev.sessionhub.spring.autoconfigure;

import java.time.Duration;

/**
 * Makes a scheduled job run on one instance only: the auto-configured purge of archived
 * attachments runs through it. The starter's are a lease row in the database when the store is
 * JDBC (shared by every instance on that database) and a lease in this process otherwise;
 * declare a bean of this type to use another (a Redis or ZooKeeper lock, say).
 *
 * <p>A lease is taken for at most {@code lockAtMost} (so that an instance dying mid-run does not
 * block the job for ever) and, once the task is done, kept until at least {@code lockAtLeast}
 * after it was taken, so that instances firing at the same scheduled time with slightly
 * different clocks do not run the job once each. Implementations are thread-safe.
 */
@FunctionalInterface
public interface PurgeLock {

  /**
   * Runs {@code task} on this thread if this instance takes the lease {@code name}, and returns
   * whether it ran. Returns {@code false} without running it while another holder's lease is
   * current. An exception {@code task} throws is rethrown after the lease is released.
   *
   * @param name the job's name, at most 64 characters
   * @param lockAtLeast how long after taking it the lease stays held however soon the task ends
   * @param lockAtMost how long the lease is taken for
   * @param task the job
   * @return whether this call ran the task
   */
  boolean runExclusively(String name, Duration lockAtLeast, Duration lockAtMost, Runnable task);
}
