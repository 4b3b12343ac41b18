package dev.sessionhub.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Runs tasks on real threads of their own, all released at once by a start gate, and reports
 * what each returned or threw. The only wait with a bound is a guard against a deadlocked
 * store, which fails the test instead of hanging the build; nothing asserts how long anything
 * took. Public, so that an adapter's own tests can race threads the way the contracts do.
 */
public final class Concurrently {

  private static final long HANG_GUARD_MINUTES = 5;

  private Concurrently() {}

  /**
   * What one task did: its value, or what it threw.
   *
   * @param value the returned value, or {@code null} when it threw
   * @param error what it threw, or {@code null}
   * @param <T> the value type
   */
  public record Outcome<T>(@Nullable T value, @Nullable Throwable error) {

    /** Whether the task returned rather than threw. */
    public boolean succeeded() {
      return error == null;
    }
  }

  /** Runs every task on its own thread, starting them together; outcomes in task order. */
  public static <T> List<Outcome<T>> run(List<Callable<T>> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      CountDownLatch ready = new CountDownLatch(tasks.size());
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          start.await();
          return task.call();
        }));
      }
      await(ready);
      start.countDown();
      List<Outcome<T>> outcomes = new ArrayList<>();
      for (Future<T> f : futures) {
        outcomes.add(outcome(f));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs {@code task} on {@code threads} threads at once. */
  public static <T> List<Outcome<T>> run(int threads, Callable<T> task) {
    List<Callable<T>> tasks = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      tasks.add(task);
    }
    return run(tasks);
  }

  private static <T> Outcome<T> outcome(Future<T> f) {
    try {
      return new Outcome<>(f.get(HANG_GUARD_MINUTES, TimeUnit.MINUTES), null);
    } catch (ExecutionException e) {
      return new Outcome<>(null, e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("a task did not finish within " + HANG_GUARD_MINUTES + " minutes: deadlock?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
        throw new AssertionError("threads did not start within " + HANG_GUARD_MINUTES + " minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
