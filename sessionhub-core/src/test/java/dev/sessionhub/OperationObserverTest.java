package dev.sessionhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.model.Session;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An operation observer")
class OperationObserverTest {

  private final List<ObservedOperation> seen = new CopyOnWriteArrayList<>();

  @Test
  @DisplayName("sees every method of SessionHub, once per call, with its name, actor, session and outcome")
  void everyMethod() {
    SessionHub hub = SessionHub.builder().observer(seen::add).build();
    Session s = hub.create("ann", NewSession.named("observed"));
    seen.clear();

    List<Method> methods = HubMethods.all();
    for (Method m : methods) {
      int before = seen.size();
      Throwable thrown = HubMethods.call(hub, m, "ann", s.id(), s.version());

      assertThat(seen).as(m.toString()).hasSize(before + 1);
      ObservedOperation o = seen.get(before);
      assertThat(o.operation()).as(m.toString()).isEqualTo(m.getName());
      assertThat(o.actor()).as(m.toString()).isEqualTo(HubMethods.has(m, "actor") ? "ann" : null);
      if (HubMethods.has(m, "sessionId")) {
        assertThat(o.sessionId()).as(m.toString()).isEqualTo(s.id());
      }
      assertThat(o.failure()).as(m.toString()).isSameAs(thrown);
      assertThat(o.outcome()).as(m.toString())
          .isEqualTo(thrown == null ? "success" : thrown.getClass().getSimpleName());
      assertThat(o.durationNanos()).as(m.toString()).isNotNegative();
    }
    assertThat(methods).extracting(Method::getName)
        .contains("get", "search", "createFromTemplate", "importJson", "templates", "start", "close");
    assertThat(seen).extracting(ObservedOperation::outcome).contains("success", "ValidationException");
  }

  @Test
  @DisplayName("gets the id of the session a create or an import returns")
  void sessionOfCreate() {
    SessionHub hub = SessionHub.builder().observer(seen::add).build();
    Session s = hub.create("ann", NewSession.named("new"));
    String json = hub.exportJson("ann", s.id());
    SessionHub other = SessionHub.builder().observer(seen::add).build();
    Session imported = other.importJson("ann", json);

    assertThat(seen).extracting(ObservedOperation::operation, ObservedOperation::sessionId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("create", s.id()),
            org.assertj.core.groups.Tuple.tuple("exportJson", s.id()),
            org.assertj.core.groups.Tuple.tuple("importJson", imported.id()));
  }

  @Test
  @DisplayName("does not change what the caller gets: the same result, the same exception")
  void transparent() {
    SessionHub hub = SessionHub.builder().observer(seen::add).build();

    assertThatThrownBy(() -> hub.get("ann", "missing")).isExactlyInstanceOf(NotFoundException.class);
    Session s = hub.create("ann", NewSession.named("same"));
    assertThat(hub.get("ann", s.id())).isEqualTo(s);
    assertThat(seen).extracting(ObservedOperation::outcome).containsExactly("NotFoundException", "success", "success");
    assertThat(seen.get(0).failure()).isInstanceOf(NotFoundException.class);
    assertThat(seen.get(0).succeeded()).isFalse();
  }

  @Test
  @DisplayName("a default method (start) is reported once, under its own name")
  void defaultMethodsOnce() {
    SessionHub hub = SessionHub.builder().observer(seen::add).build();
    Session s = hub.create("ann", NewSession.named("d"));
    seen.clear();

    hub.start("ann", s.id(), s.version());

    assertThat(seen).extracting(ObservedOperation::operation).containsExactly("start");
  }

  @Test
  @DisplayName("opens its scope before the call and closes it on the same thread before completed")
  void scopes() {
    List<String> trace = new CopyOnWriteArrayList<>();
    OperationObserver tracer = new OperationObserver() {
      @Override
      public void completed(ObservedOperation o) {
        trace.add("completed " + o.operation() + " on " + Thread.currentThread().getName());
      }

      @Override
      public Scope started(String operation, @Nullable String actor, @Nullable String sessionId) {
        trace.add("started " + operation + " by " + actor);
        return () -> trace.add("closed " + operation + " on " + Thread.currentThread().getName());
      }
    };
    SessionHub hub = SessionHub.builder().observer(tracer).listener(e -> trace.add("event")).build();
    hub.create("ann", NewSession.named("traced"));

    String me = Thread.currentThread().getName();
    assertThat(trace).containsExactly("started create by ann", "event", "closed create on " + me,
        "completed create on " + me);
  }

  @Test
  @DisplayName("that throws is logged, and neither the operation nor other observers notice")
  void failingObserver() {
    List<ObservedOperation> second = new ArrayList<>();
    OperationObserver broken = new OperationObserver() {
      @Override
      public void completed(ObservedOperation o) {
        throw new IllegalStateException("metrics down");
      }

      @Override
      public Scope started(String operation, @Nullable String actor, @Nullable String sessionId) {
        throw new IllegalStateException("tracer down");
      }
    };
    SessionHub hub = SessionHub.builder().observer(broken).observer(second::add).build();

    Session s = hub.create("ann", NewSession.named("still works"));

    assertThat(hub.get("ann", s.id()).name()).isEqualTo("still works");
    assertThat(second).extracting(ObservedOperation::operation).containsExactly("create", "get");
  }

  @Test
  @DisplayName("costs nothing when there is none: the hub is not wrapped")
  void noObserverNoProxy() {
    assertThat(Proxy.isProxyClass(SessionHub.inMemory().getClass())).isFalse();
    assertThat(Proxy.isProxyClass(SessionHub.builder().observer(seen::add).build().getClass())).isTrue();
  }

  @Test
  @DisplayName("leaves equals, hashCode and toString to identity, unobserved")
  void objectMethods() {
    SessionHub hub = SessionHub.builder().observer(seen::add).build();

    assertThat(hub).isEqualTo(hub).isNotEqualTo(SessionHub.builder().observer(seen::add).build());
    assertThat(hub.hashCode()).isEqualTo(System.identityHashCode(hub));
    assertThat(hub.toString()).startsWith("observed ");
    assertThat(seen).isEmpty();
  }
}
