package dev.sessionhub.spring.autoconfigure.actuate;

import dev.sessionhub.spi.SessionStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP when the session store answers a read of one session by id (a primary-key lookup on the
 * JDBC store: one round trip); DOWN with the failure otherwise.
 */
public final class SessionStoreHealthIndicator implements HealthIndicator {

  private final SessionStore store;

  /**
   * An indicator for {@code store}.
   *
   * @param store the store to probe
   */
  public SessionStoreHealthIndicator(SessionStore store) {
    this.store = store;
  }

  @Override
  public Health health() {
    long start = System.nanoTime();
    try {
      store.find(Probes.PROBE_ID);
    } catch (RuntimeException e) {
      return Probes.down(e, "find one session by id");
    }
    return Health.up().withDetail("store", store.getClass().getSimpleName())
        .withDetail("roundTripMillis", (System.nanoTime() - start) / 1_000_000.0).build();
  }
}
