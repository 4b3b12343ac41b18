package dev.sessionhub.internal.memory;

import static dev.sessionhub.internal.memory.TestSessions.aSession;
import static dev.sessionhub.internal.memory.TestSessions.activity;
import static dev.sessionhub.internal.memory.TestSessions.comment;
import static dev.sessionhub.internal.memory.TestSessions.insertOf;
import static dev.sessionhub.internal.memory.TestSessions.next;
import static dev.sessionhub.internal.memory.TestSessions.updateOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.ConflictException;
import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionWrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("InMemorySessionStore writes")
class InMemorySessionStoreWriteTest {

  private final InMemorySessionStore store = new InMemorySessionStore();
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Nested
  @DisplayName("insert")
  class Insert {

    @Test
    @DisplayName("stores the snapshot with its comments and activity")
    void storesEverything() {
      Session s = aSession("s1").build();
      store.insert(new SessionWrite(s, 0, List.of(comment("s1", 1)), List.of(activity("s1", 1, "session.create"))));

      assertThat(store.find("s1")).contains(s);
      assertThat(store.findComment("s1", "c1")).contains(comment("s1", 1));
      assertThat(store.activity("s1", 0, 10)).extracting(e -> e.action()).containsExactly("session.create");
    }

    @Test
    @DisplayName("rejects a stored id with DuplicateIdException and writes nothing")
    void rejectsDuplicate() {
      Session first = aSession("s1").name("first").build();
      store.insert(insertOf(first));

      assertThatThrownBy(() -> store.insert(insertOf(aSession("s1").name("second").build(), comment("s1", 1))))
          .isInstanceOf(DuplicateIdException.class)
          .hasMessageContaining("session s1")
          .extracting(e -> ((DuplicateIdException) e).id()).isEqualTo("s1");
      assertThat(store.find("s1")).contains(first);
      assertThat(store.comments("s1", 0, 10)).isEmpty();
    }

    @Test
    @DisplayName("rejects a write that expects a version")
    void rejectsUpdateWrite() {
      Session s = aSession("s1").version(2).build();

      assertThatThrownBy(() -> store.insert(updateOf(s))).isInstanceOf(IllegalArgumentException.class);
      assertThat(store.find("s1")).isEmpty();
    }

    @Test
    @DisplayName("refuses an update passed to insert, and an insert passed to update, changing nothing")
    void rejectsWrongKind() {
      Session s = aSession("s1").build();
      assertThatThrownBy(() -> store.insert(updateOf(next(s, b -> b))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("insert of session s1");
      assertThatThrownBy(() -> store.update(insertOf(s)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("update of session s1");
      assertThat(store.find("s1")).isEmpty();
    }
  }

  @Nested
  @DisplayName("update")
  class Update {

    @Test
    @DisplayName("replaces the snapshot at the expected version")
    void replaces() {
      Session v1 = aSession("s1").build();
      store.insert(insertOf(v1));
      Session v2 = next(v1, b -> b.name("renamed"));

      store.update(updateOf(v2));

      assertThat(store.find("s1")).contains(v2);
    }

    @Test
    @DisplayName("rejects a stale version with ConflictException carrying both versions, writing nothing")
    void rejectsStale() {
      Session v1 = aSession("s1").build();
      store.insert(insertOf(v1));
      Session v2 = next(v1, b -> b.name("v2"));
      store.update(updateOf(v2));
      Session stale = next(v1, b -> b.name("stale"));

      assertThatThrownBy(() -> store.update(updateOf(stale, comment("s1", 1))))
          .isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.sessionId()).isEqualTo("s1");
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.actualVersion()).isEqualTo(2);
          });
      assertThat(store.find("s1")).contains(v2);
      assertThat(store.comments("s1", 0, 10)).isEmpty();
    }

    @Test
    @DisplayName("rejects an unknown session with NotFoundException")
    void rejectsUnknown() {
      Session v2 = aSession("nope").version(2).build();

      assertThatThrownBy(() -> store.update(updateOf(v2)))
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.kind()).isEqualTo("session");
            assertThat(e.id()).isEqualTo("nope");
          });
      assertThat(store.find("nope")).isEmpty();
    }
  }

  @Nested
  @DisplayName("under concurrency")
  class Concurrency {

    @Test
    @DisplayName("of two writers racing with the same expected version, exactly one wins, 200 times over")
    void oneRacerWins() throws Exception {
      Session current = aSession("s1").build();
      store.insert(insertOf(current));
      for (int round = 0; round < 200; round++) {
        current = race(current);
      }
      assertThat(current.version()).isEqualTo(201);
    }

    /** Runs one round; returns the stored snapshot after it. */
    private Session race(Session current) throws Exception {
      CountDownLatch ready = new CountDownLatch(2);
      CountDownLatch start = new CountDownLatch(1);
      List<Session> candidates = List.of(next(current, b -> b.name("left")), next(current, b -> b.name("right")));
      List<Future<Optional<ConflictException>>> outcomes = new ArrayList<>();
      for (Session candidate : candidates) {
        outcomes.add(pool.submit(() -> tryUpdate(candidate, ready, start)));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      start.countDown();
      List<Optional<ConflictException>> results = new ArrayList<>();
      for (Future<Optional<ConflictException>> f : outcomes) {
        results.add(f.get(10, TimeUnit.SECONDS));
      }

      assertThat(results).filteredOn(Optional::isEmpty).hasSize(1);
      ConflictException loss = results.stream().flatMap(Optional::stream).findFirst().orElseThrow();
      assertThat(loss.expectedVersion()).isEqualTo(current.version());
      assertThat(loss.actualVersion()).isEqualTo(current.version() + 1);
      Session winner = candidates.get(results.indexOf(Optional.<ConflictException>empty()));
      assertThat(store.find("s1")).contains(winner);
      return winner;
    }

    private Optional<ConflictException> tryUpdate(Session candidate, CountDownLatch ready, CountDownLatch start)
        throws InterruptedException {
      ready.countDown();
      start.await();
      try {
        store.update(updateOf(candidate));
        return Optional.empty();
      } catch (ConflictException e) {
        return Optional.of(e);
      }
    }

    @Test
    @DisplayName("a reader never sees a snapshot without the comments and activity written with it")
    void writesAreAtomic() throws Exception {
      Session v1 = aSession("s1").build();
      store.insert(insertOf(v1));
      AtomicBoolean done = new AtomicBoolean();
      AtomicReference<String> violation = new AtomicReference<>();
      Future<?> reader = pool.submit(() -> readUntil(done, violation));

      Session current = v1;
      for (int n = 1; n <= 500; n++) {
        long number = n;
        current = next(current, b -> b.commentCount(number));
        store.update(new SessionWrite(current, current.version() - 1, List.of(comment("s1", n)),
            List.of(activity("s1", current.version(), "comment.add"))));
      }
      done.set(true);
      reader.get(10, TimeUnit.SECONDS);

      assertThat(violation.get()).isNull();
      assertThat(store.comments("s1", 0, 1000)).hasSize(500);
    }

    private void readUntil(AtomicBoolean done, AtomicReference<String> violation) {
      while (!done.get() && violation.get() == null) {
        Session seen = store.find("s1").orElseThrow();
        List<Comment> comments = store.comments("s1", 0, 1000);
        int activity = store.activity("s1", 0, 1000).size();
        if (comments.size() < seen.commentCount() || activity < seen.commentCount()) {
          violation.set("version " + seen.version() + " seen with " + comments.size() + " comments, "
              + activity + " activity entries");
        }
      }
    }
  }
}
