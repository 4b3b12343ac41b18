package dev.sessionhub.store.jdbc;

import static dev.sessionhub.store.jdbc.TestData.aSession;
import static dev.sessionhub.store.jdbc.TestData.activity;
import static dev.sessionhub.store.jdbc.TestData.comment;
import static dev.sessionhub.store.jdbc.TestData.next;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The number of SQL statements a write prepares does not grow with goals, members, tags or comments. */
@DisplayName("JDBC store statement count per write")
class StatementCountTest {

  private final AtomicInteger prepared = new AtomicInteger();

  @Test
  @DisplayName("an insert and an update prepare the same number of statements for 1 and 500 goals")
  void constant() {
    SessionStore store = JdbcStores.builder(counting(Engines.h2())).build().sessionStore();
    int[] small = writes(store, "small", 1);
    int[] large = writes(store, "large", 500);
    System.out.printf("statements per insert/update: 1 goal %d/%d, 500 goals %d/%d%n", small[0], small[1], large[0], large[1]);
    assertThat(large).containsExactly(small);
    assertThat(small[0]).isLessThanOrEqualTo(6);
    assertThat(small[1]).isLessThanOrEqualTo(10);
  }

  private int[] writes(SessionStore store, String id, int size) {
    List<Goal> goals = IntStream.range(0, size).mapToObj(i -> Goal.of("g" + i, "goal number " + i)).toList();
    List<Collaborator> members = new ArrayList<>(List.of(new Collaborator(TestData.OWNER, Role.OWNER, TestData.T0)));
    IntStream.range(0, Math.min(size, 99)).forEach(i -> members.add(new Collaborator("u" + i, Role.VIEWER, TestData.T0)));
    Session s = aSession(id).goals(goals).collaborators(members)
        .metadata(new SessionMetadata(IntStream.range(0, Math.min(size, 50)).mapToObj(i -> "tag" + i).toList(), List.of(), null))
        .build();
    prepared.set(0);
    store.insert(new SessionWrite(s, 0, List.of(comment(id, 1)), List.of(activity(id, 1, "create"))));
    int insert = prepared.get();
    prepared.set(0);
    store.update(new SessionWrite(next(s, b -> b.name("v2")), 1, List.of(comment(id, 2), comment(id, 3)),
        List.of(activity(id, 2, "a"), activity(id, 2, "b"))));
    return new int[] {insert, prepared.get()};
  }

  /** A DataSource whose connections count prepareStatement calls. */
  private DataSource counting(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(method, target, args);
          return result instanceof Connection c ? countingConnection(c) : result;
        });
  }

  private Connection countingConnection(Connection target) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
            prepared.incrementAndGet();
          }
          return invoke(method, target, args);
        });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
