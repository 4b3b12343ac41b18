package dev.sessionhub.spring.autoconfigure.actuate;

import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.spring.autoconfigure.SessionStatusCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gauges {@value #GAUGE}, one per {@link SessionStatus} (tag {@code status}), read from a
 * {@link SessionStatusCounter} at most once per refresh interval: a scrape within the interval
 * reads the figures of the last count, so scraping often never counts the store often. When a
 * count fails the gauges keep the last figures (NaN before the first success) and the failure is
 * logged. Thread-safe.
 */
public final class SessionStatusGauges implements MeterBinder {

  /** The gauges' name. */
  public static final String GAUGE = "sessionhub.sessions";

  private static final Logger LOG = LoggerFactory.getLogger(SessionStatusGauges.class);

  private final SessionStatusCounter counter;
  private final long refreshNanos;
  private @Nullable Map<SessionStatus, Long> last;
  private long countedAt;

  /**
   * Gauges over {@code counter}.
   *
   * @param counter what counts the sessions
   * @param refresh how long a count is reused
   */
  public SessionStatusGauges(SessionStatusCounter counter, Duration refresh) {
    this.counter = Objects.requireNonNull(counter, "counter");
    this.refreshNanos = refresh.toNanos();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (SessionStatus status : SessionStatus.values()) {
      Gauge.builder(GAUGE, this, g -> g.count(status)).description("Stored sessions by status")
          .tag("status", status.name()).strongReference(true).register(registry);
    }
  }

  /** The figure of one status, counting the store again when the last count is too old. */
  synchronized double count(SessionStatus status) {
    long now = System.nanoTime();
    if (last == null || now - countedAt >= refreshNanos) {
      try {
        last = new EnumMap<>(counter.countByStatus());
        countedAt = now;
      } catch (RuntimeException e) {
        countedAt = now;
        LOG.warn("Could not count sessions by status; the sessionhub.sessions gauges keep their last figures", e);
      }
    }
    return last == null ? Double.NaN : last.getOrDefault(status, 0L);
  }
}
