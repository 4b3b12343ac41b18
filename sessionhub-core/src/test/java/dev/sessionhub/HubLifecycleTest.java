package dev.sessionhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.HubClosedException;
import dev.sessionhub.internal.memory.InMemorySessionStore;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.testing.InMemoryEventBus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A hub's lifecycle and several-instance configuration")
class HubLifecycleTest {

  @Nested
  @DisplayName("once closed")
  class Closed {

    @Test
    @DisplayName("refuses every operation with HubClosedException, and changes nothing")
    void refusesEverything() {
      SessionStore store = new InMemorySessionStore();
      SessionHub hub = SessionHub.builder().sessionStore(store).build();
      Session s = hub.create("ann", NewSession.named("kept"));
      String before = hub.exportJson("ann", s.id());
      hub.close();

      for (Method m : HubMethods.all()) {
        Throwable thrown = HubMethods.call(hub, m, "ann", s.id(), s.version());
        if (m.getName().equals("close")) {
          assertThat(thrown).as("close again").isNull();
        } else {
          assertThat(thrown).as(m.toString()).isInstanceOf(HubClosedException.class)
              .hasMessage("this SessionHub is closed");
        }
      }
      assertThat(HubMethods.all()).hasSizeGreaterThan(40);
      assertThat(SessionHub.builder().sessionStore(store).build().exportJson("ann", s.id())).isEqualTo(before);
    }

    @Test
    @DisplayName("refuses through an observer too, which sees the refusal")
    void observed() {
      List<ObservedOperation> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
      SessionHub hub = SessionHub.builder().observer(seen::add).build();
      hub.close();

      assertThatThrownBy(() -> hub.templates()).isInstanceOf(HubClosedException.class);
      assertThat(seen).extracting(ObservedOperation::operation, ObservedOperation::outcome)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("close", "success"),
              org.assertj.core.groups.Tuple.tuple("templates", "HubClosedException"));
    }

    @Test
    @DisplayName("works in try-with-resources")
    void tryWithResources() {
      SessionHub outside;
      try (SessionHub hub = SessionHub.inMemory()) {
        outside = hub;
        assertThat(hub.templates()).isNotEmpty();
      }
      assertThatThrownBy(outside::templates).isInstanceOf(HubClosedException.class);
    }
  }

  @Nested
  @DisplayName("without a shared cursor secret")
  class CursorSecret {

    @Test
    @DisplayName("warns once at build when events go to other instances")
    void warns() {
      String transport = logOf(() -> SessionHub.builder().eventTransport(new InMemoryEventBus().endpoint()).build());
      String publisher = logOf(() -> SessionHub.builder().eventPublisher(e -> { }).build());

      assertThat(transport.lines().filter(l -> l.contains("WARN"))).singleElement()
          .asString().contains("cursorSecret").contains("event transport");
      assertThat(publisher.lines().filter(l -> l.contains("WARN"))).singleElement()
          .asString().contains("cursorSecret").contains("event publisher");
    }

    @Test
    @DisplayName("stays silent with a secret, or for a lone instance")
    void silent() {
      String shared = logOf(() -> SessionHub.builder().eventTransport(new InMemoryEventBus().endpoint())
          .cursorSecret("0123456789abcdef".getBytes(StandardCharsets.UTF_8)).build());
      String alone = logOf(() -> SessionHub.builder().build());

      assertThat(shared).doesNotContain("cursorSecret");
      assertThat(alone).doesNotContain("cursorSecret");
    }

    /** What slf4j-simple (the tests' binding, writing to System.err) logged while building. */
    private String logOf(Supplier<SessionHub> build) {
      PrintStream original = System.err;
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      try {
        build.get().close();
      } finally {
        System.setErr(original);
      }
      return captured.toString(StandardCharsets.UTF_8);
    }
  }

  @Nested
  @DisplayName("the builder")
  class Builder {

    @Test
    @DisplayName("rejects an instance id that a transport could not carry")
    void instanceIds() {
      for (String bad : List.of("", " ", "a b", "x".repeat(65), "név", "a\u0000b")) {
        assertThatThrownBy(() -> SessionHub.builder().instanceId(bad)).as(bad)
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("instance id");
      }
      assertThat(SessionHub.builder().instanceId("pod-7.eu:web_1")).isNotNull();
    }

    @Test
    @DisplayName("rejects a reorder window below zero or over 10 seconds")
    void windows() {
      InMemoryEventBus.Endpoint t = new InMemoryEventBus().endpoint();
      assertThatThrownBy(() -> SessionHub.builder().eventTransport(t, Duration.ofMillis(-1)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> SessionHub.builder().eventTransport(t, Duration.ofSeconds(11)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(SessionHub.builder().eventTransport(t, Duration.ZERO)).isNotNull();
    }
  }
}
