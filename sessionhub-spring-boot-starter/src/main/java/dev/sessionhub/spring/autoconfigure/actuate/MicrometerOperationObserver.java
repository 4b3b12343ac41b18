package dev.sessionhub.spring.autoconfigure.actuate;

import dev.sessionhub.ObservedOperation;
import dev.sessionhub.OperationObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every {@link dev.sessionhub.SessionHub} call in the timer {@value #TIMER}, tagged
 * {@code operation} (the method's name) and {@code outcome} ({@code success} or the simple name
 * of the exception thrown: {@code NotFoundException}, {@code ConflictException}, ...). Both tags
 * are of low cardinality: a few dozen methods, a handful of exception types. Thread-safe.
 */
public final class MicrometerOperationObserver implements OperationObserver {

  /** The timer's name. */
  public static final String TIMER = "sessionhub.operations";

  private final MeterRegistry registry;
  private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

  /**
   * An observer publishing to {@code registry}.
   *
   * @param registry where the timers are registered
   */
  public MicrometerOperationObserver(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void completed(ObservedOperation operation) {
    timers.computeIfAbsent(new Key(operation.operation(), operation.outcome()), this::timer)
        .record(operation.durationNanos(), TimeUnit.NANOSECONDS);
  }

  private Timer timer(Key key) {
    return Timer.builder(TIMER).description("SessionHub facade calls")
        .tag("operation", key.operation()).tag("outcome", key.outcome()).register(registry);
  }

  private record Key(String operation, String outcome) {}
}
