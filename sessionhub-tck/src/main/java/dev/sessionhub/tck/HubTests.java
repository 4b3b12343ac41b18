package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.unique;

import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Session;
import dev.sessionhub.tck.data.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the groups that go through the {@link SessionHub} facade, built on the store under
 * test with a clock moved by hand and no cache in between. Users are fresh for each test, so
 * sessions other tests left in the store are never visible.
 */
abstract class HubTests extends StoreTests {

  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  final String ann = unique("ann");
  final String bob = unique("bob");
  final String carol = unique("carol");
  /** Built before each test, on the store under test. */
  SessionHub hub;

  @BeforeEach
  void buildHub() {
    hub = SessionHub.builder().sessionStore(store()).cache(new PassThroughCache()).clock(clock).build();
  }

  /** A new session of {@code owner}, created a minute after the last thing that happened. */
  Session create(String owner, String name) {
    clock.advance(Duration.ofMinutes(1));
    return hub.create(owner, NewSession.named(name));
  }

  /** Moves the clock on a minute, so each change has a time of its own. */
  void tick() {
    clock.advance(Duration.ofMinutes(1));
  }
}
