package dev.sessionhub.store.jdbc.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs the stores' work on Jdbi: reads are retried on transient failures (a lost connection, a
 * serialization failure, a deadlock) a bounded number of times with exponential backoff and full
 * jitter; writes run once, in one transaction. Connection failures surface as
 * {@link dev.sessionhub.error.StoreUnavailableException}.
 */
final class Db {

  private final Jdbi jdbi;
  private final int readAttempts;
  private final Duration backoff;

  Db(Jdbi jdbi, int readAttempts, Duration backoff) {
    this.jdbi = jdbi;
    this.readAttempts = readAttempts;
    this.backoff = backoff;
  }

  /** An idempotent read, retried on transient failures. */
  <T> T read(HandleCallback<T, RuntimeException> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.withHandle(work);
      } catch (RuntimeException e) {
        if (attempt >= readAttempts || !Failures.retryable(e)) {
          throw Failures.translate(e);
        }
        pause(attempt);
      }
    }
  }

  /** A write: one transaction, never retried. */
  <T> T write(HandleCallback<T, RuntimeException> work) {
    try {
      return jdbi.inTransaction(work);
    } catch (RuntimeException e) {
      throw Failures.translate(e);
    }
  }

  /** Full jitter: a random pause in [0, backoff * 2^(attempt-1)). */
  private void pause(int attempt) {
    long cap = backoff.toNanos() << Math.min(attempt - 1, 16);
    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(Math.max(cap, 1)));
  }

  Handle open() {
    return jdbi.open();
  }
}
