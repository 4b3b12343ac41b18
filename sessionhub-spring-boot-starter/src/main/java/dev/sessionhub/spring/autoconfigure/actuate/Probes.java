package dev.sessionhub.spring.autoconfigure.actuate;

import org.springframework.boot.health.contributor.Health;

/** What the health indicators share: the probe id and how a failure is reported. */
final class Probes {

  /** A session id no session has (ids are UUIDs), read by the probes. */
  static final String PROBE_ID = "sessionhub-health-probe";

  private Probes() {}

  /** DOWN, with the failure's type and message but no stack trace. */
  static Health down(RuntimeException e, String what) {
    return Health.down().withDetail("error", e.getClass().getName() + ": " + e.getMessage())
        .withDetail("check", what).build();
  }
}
