package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.spi.EventTransport;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The event transport contract passes a correct in-memory transport and fails broken ones. */
@DisplayName("The event transport contract")
class EventTransportKitTest {

  abstract static class BrokerKit extends EventTransportContract {
    final InMemoryBroker broker = new InMemoryBroker();

    @Override
    protected Duration deliveryTimeout() {
      return Duration.ofSeconds(2);
    }

    @Override
    protected Duration quietPeriod() {
      return Duration.ofMillis(100);
    }
  }

  static class CorrectKit extends BrokerKit {
    @Override
    protected EventTransport createTransport() {
      return broker.transport();
    }
  }

  static class EchoingKit extends BrokerKit {
    @Override
    protected EventTransport createTransport() {
      return broker.echoing();
    }
  }

  static class LossyCopyKit extends BrokerKit {
    @Override
    protected EventTransport createTransport() {
      return broker.lossyCopy();
    }
  }

  static class DroppingKit extends BrokerKit {
    @Override
    protected EventTransport createTransport() {
      return broker.dropping();
    }
  }

  @Test
  @DisplayName("passes a correct transport")
  void passes() {
    KitRun run = KitRun.all(CorrectKit.class);

    assertThat(run.failures()).as("%s", run).isEmpty();
    assertThat(run.run()).isEqualTo(6);
  }

  @Nested
  @DisplayName("fails a transport that")
  class Fails {

    @Test
    @DisplayName("hands an instance its own events")
    void echoing() {
      assertThat(KitRun.all(EchoingKit.class).failed()).contains("notOwn", "threeInstances");
    }

    @Test
    @DisplayName("hands over events that are not equal to those published")
    void lossyCopy() {
      assertThat(KitRun.all(LossyCopyKit.class).failed()).contains("everyTypeArrivesEqual", "burst");
    }

    @Test
    @DisplayName("loses one event in a hundred")
    void dropping() {
      assertThat(KitRun.all(DroppingKit.class).failed()).contains("burst");
    }
  }
}
