package dev.sessionhub.internal.memory;

import static dev.sessionhub.internal.memory.TestSessions.OWNER;
import static dev.sessionhub.internal.memory.TestSessions.T0;
import static dev.sessionhub.internal.memory.TestSessions.aSession;
import static dev.sessionhub.internal.memory.TestSessions.goals;
import static dev.sessionhub.internal.memory.TestSessions.insertOf;
import static dev.sessionhub.internal.memory.TestSessions.next;
import static dev.sessionhub.internal.memory.TestSessions.updateOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Priority;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SortPosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("InMemorySessionStore keyset paging")
class InMemorySessionStorePagingTest {

  private static final int PAGE = 37;

  private final InMemorySessionStore store = new InMemorySessionStore();

  static Stream<Arguments> orders() {
    return Stream.of(SortKey.values())
        .flatMap(k -> Stream.of(SortDirection.values()).map(d -> Arguments.of(k, d)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("orders")
  @DisplayName("pages of 37 through 1,000 sessions return each exactly once, in order")
  void pagesThroughAll(SortKey key, SortDirection direction) {
    insertThousandWithTies();
    SessionQuery query = SessionQuery.builder().sort(key, direction).build();

    List<String> paged = pageThrough(query, () -> {});

    assertThat(paged).hasSize(1000).doesNotHaveDuplicates();
    assertThat(paged).isEqualTo(store.search(new SessionSearch(query, OWNER, null, 1000)).stream()
        .map(Session::id).toList());
  }

  /** 1,000 sessions with few distinct values per key, so most pages cut through ties. */
  private void insertThousandWithTies() {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(42));
    for (int i : order) {
      store.insert(insertOf(aSession(String.format("s%04d", i)).name(i % 2 == 0 ? "Name " + i % 7 : "name " + i % 7)
          .createdAt(T0.plus(Duration.ofMinutes(i % 13))).updatedAt(T0.plus(Duration.ofHours(i % 10)))
          .priority(Priority.values()[i % 4]).goals(goals(i % 5, 4)).build()));
    }
  }

  @Test
  @DisplayName("stays stable while another thread inserts and updates sessions between pages")
  void stableUnderWrites() throws Exception {
    for (int i = 0; i < 1000; i++) {
      store.insert(insertOf(aSession(String.format("s%04d", i)).name(String.format("name %04d", i)).build()));
    }
    Set<String> moved = ConcurrentHashMap.newKeySet();
    SessionQuery byName = SessionQuery.builder().sort(SortKey.NAME, SortDirection.ASC).build();
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try {
      Random random = new Random(7);
      AtomicInteger batch = new AtomicInteger();
      List<String> paged = pageThrough(byName, () -> await(writer.submit(() -> writeBatch(batch.getAndIncrement(), random, moved))));

      assertThat(paged).doesNotHaveDuplicates();
      assertThat(moved).isNotEmpty();
      assertThat(paged).containsAll(unmoved(moved));
    } finally {
      writer.shutdownNow();
    }
  }

  private static Set<String> unmoved(Set<String> moved) {
    Set<String> unmoved = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      unmoved.add(String.format("s%04d", i));
    }
    unmoved.removeAll(moved);
    return unmoved;
  }

  /**
   * Inserts new sessions anywhere in the order, changes the description (not the sort key) of
   * some, and renames one to sort before every other, recording it as moved.
   */
  private void writeBatch(int batch, Random random, Set<String> moved) {
    for (int i = 0; i < 3; i++) {
      store.insert(insertOf(aSession("new-" + batch + "-" + i).name("name " + random.nextInt(2000)).build()));
    }
    for (int i = 0; i < 5; i++) {
      update(String.format("s%04d", random.nextInt(1000)), b -> b.description("touched"));
    }
    String mover = String.format("s%04d", random.nextInt(1000));
    moved.add(mover);
    update(mover, b -> b.name("!moved " + mover));
  }

  private static void await(Future<?> f) {
    try {
      f.get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private void update(String id, UnaryOperator<Session.Builder> change) {
    Session current = store.find(id).orElseThrow();
    store.update(updateOf(next(current, change)));
  }

  /** Every id the query returns, page by page, running {@code betweenPages} after each page. */
  private List<String> pageThrough(SessionQuery query, Runnable betweenPages) {
    List<String> all = new ArrayList<>();
    @Nullable SortPosition after = null;
    while (true) {
      List<Session> page = store.search(new SessionSearch(query, OWNER, after, PAGE));
      page.forEach(s -> all.add(s.id()));
      if (page.size() < PAGE) {
        return all;
      }
      after = SortPosition.of(query.sort(), page.get(page.size() - 1));
      betweenPages.run();
    }
  }
}
