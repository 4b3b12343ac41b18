package dev.sessionhub.cache.redis;

/** The acknowledgements of one published invalidation, awaited by its writer. Thread-safe. */
final class Pending {

  private int acks;

  synchronized void ack() {
    acks++;
    notifyAll();
  }

  /**
   * Waits until {@code needed} acknowledgements have arrived or {@code timeoutNanos} passed.
   *
   * @return whether they all arrived
   */
  synchronized boolean await(long needed, long timeoutNanos) {
    long deadline = System.nanoTime() + timeoutNanos;
    while (acks < needed) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      try {
        wait(left / 1_000_000, (int) (left % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
