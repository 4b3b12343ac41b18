package dev.sessionhub.internal.memory;

import static dev.sessionhub.internal.memory.TestSessions.T0;
import static dev.sessionhub.internal.memory.TestSessions.aSession;
import static dev.sessionhub.internal.memory.TestSessions.activity;
import static dev.sessionhub.internal.memory.TestSessions.comment;
import static dev.sessionhub.internal.memory.TestSessions.insertOf;
import static dev.sessionhub.internal.memory.TestSessions.next;
import static dev.sessionhub.internal.memory.TestSessions.updateOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.spi.SessionWrite;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("InMemorySessionStore comments, activity and archive")
class InMemorySessionStoreLogTest {

  private final InMemorySessionStore store = new InMemorySessionStore();

  @Nested
  @DisplayName("comments")
  class Comments {

    @Test
    @DisplayName("are read in number order, page by page after a number")
    void pages() {
      store.insert(insertOf(aSession("s1").build(), comment("s1", 3), comment("s1", 1), comment("s1", 5)));
      Session v1 = store.find("s1").orElseThrow();
      store.update(updateOf(next(v1, b -> b), comment("s1", 4), comment("s1", 2), comment("s1", 6)));

      assertThat(numbers(store.comments("s1", 0, 4))).containsExactly(1L, 2L, 3L, 4L);
      assertThat(numbers(store.comments("s1", 4, 4))).containsExactly(5L, 6L);
      assertThat(store.comments("s1", 6, 4)).isEmpty();
      assertThat(store.comments("s1", 0, 0)).isEmpty();
    }

    @Test
    @DisplayName("with a stored id are replaced in place")
    void upsert() {
      store.insert(insertOf(aSession("s1").build(), comment("s1", 1), comment("s1", 2)));
      Comment edited = comment("s1", 1).edit("edited", List.of("bob"), T0.plusSeconds(60));
      store.update(updateOf(next(store.find("s1").orElseThrow(), b -> b), edited));

      assertThat(store.findComment("s1", "c1")).contains(edited);
      assertThat(store.comments("s1", 0, 10)).containsExactly(edited, comment("s1", 2));
    }

    @Test
    @DisplayName("are found by session and id")
    void find() {
      store.insert(insertOf(aSession("s1").build(), comment("s1", 1)));
      store.insert(insertOf(aSession("s2").build()));

      assertThat(store.findComment("s1", "c1")).contains(comment("s1", 1));
      assertThat(store.findComment("s2", "c1")).isEmpty();
      assertThat(store.findComment("unknown", "c1")).isEmpty();
      assertThat(store.comments("unknown", 0, 10)).isEmpty();
    }

    @Test
    @DisplayName("may not take the number of another comment; the write is rejected whole")
    void numberTaken() {
      store.insert(insertOf(aSession("s1").build(), comment("s1", 1)));
      Session v1 = store.find("s1").orElseThrow();
      Comment clash = new Comment("other", "s1", 1, null, "bob", "clash", List.of(), T0, null);

      assertThatThrownBy(() -> store.update(updateOf(next(v1, b -> b.name("v2")), clash)))
          .isInstanceOf(DuplicateIdException.class);
      assertThat(store.find("s1")).contains(v1);
      assertThat(store.comments("s1", 0, 10)).containsExactly(comment("s1", 1));
    }

    private List<Long> numbers(List<Comment> comments) {
      return comments.stream().map(Comment::number).toList();
    }
  }

  @Nested
  @DisplayName("activity")
  class Activity {

    @Test
    @DisplayName("gets seqs from one store-wide increasing counter, in writes and appends alike")
    void storeWideSeq() {
      store.insert(new SessionWrite(aSession("s1").build(), 0, List.of(),
          List.of(activity("s1", 1, "session.create"), activity("s1", 1, "goal.add"))));
      store.insert(new SessionWrite(aSession("s2").build(), 0, List.of(), List.of(activity("s2", 1, "session.create"))));
      ActivityEntry download = store.appendActivity(activity("s1", 1, "attachment.download"));

      assertThat(download.seq()).isEqualTo(4);
      assertThat(download.withSeq(0)).isEqualTo(activity("s1", 1, "attachment.download"));
      assertThat(store.activity("s1", 0, 10)).extracting(ActivityEntry::seq).containsExactly(1L, 2L, 4L);
      assertThat(store.activity("s2", 0, 10)).extracting(ActivityEntry::seq).containsExactly(3L);
    }

    @Test
    @DisplayName("is read oldest first, page by page after a seq")
    void pages() {
      store.insert(insertOf(aSession("s1").build()));
      for (int i = 0; i < 10; i++) {
        store.appendActivity(activity("s1", 1, "read " + i));
      }

      assertThat(store.activity("s1", 0, 4)).extracting(ActivityEntry::action)
          .containsExactly("read 0", "read 1", "read 2", "read 3");
      assertThat(store.activity("s1", 4, 4)).extracting(ActivityEntry::seq).containsExactly(5L, 6L, 7L, 8L);
      assertThat(store.activity("s1", 8, 4)).extracting(ActivityEntry::seq).containsExactly(9L, 10L);
      assertThat(store.activity("s1", 10, 4)).isEmpty();
      assertThat(store.activity("unknown", 0, 4)).isEmpty();
    }

    @Test
    @DisplayName("cannot be appended to an unknown session")
    void unknownSession() {
      assertThatThrownBy(() -> store.appendActivity(activity("nope", 1, "x")))
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("appended from many threads stays in seq order per session")
    void concurrentAppends() throws Exception {
      store.insert(insertOf(aSession("s1").build()));
      store.insert(insertOf(aSession("s2").build()));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          String id = t % 2 == 0 ? "s1" : "s2";
          tasks.add(pool.submit(() -> appendMany(id, 500)));
        }
        for (Future<?> f : tasks) {
          f.get(10, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }

      for (String id : List.of("s1", "s2")) {
        assertThat(store.activity(id, 0, 5000)).hasSize(1000).extracting(ActivityEntry::seq).isSorted()
            .doesNotHaveDuplicates();
      }
    }

    private void appendMany(String id, int n) {
      for (int i = 0; i < n; i++) {
        store.appendActivity(activity(id, 1, "read"));
      }
    }
  }

  @Nested
  @DisplayName("archivedBefore")
  class ArchivedBefore {

    private Instant day(int n) {
      return T0.plus(Duration.ofDays(n));
    }

    private void archived(String id, int day) {
      store.insert(insertOf(aSession(id).status(SessionStatus.ARCHIVED).archivedAt(day(day)).build()));
    }

    @Test
    @DisplayName("lists archived sessions archived strictly before the time, in id order")
    void lists() {
      archived("c", 1);
      archived("a", 2);
      archived("b", 3);
      store.insert(insertOf(aSession("completed").status(SessionStatus.COMPLETED).archivedAt(day(0)).build()));
      store.insert(insertOf(aSession("draft").build()));

      assertThat(store.archivedBefore(day(3), null, 10)).containsExactly("a", "c");
      assertThat(store.archivedBefore(day(4), null, 10)).containsExactly("a", "b", "c");
      assertThat(store.archivedBefore(day(1), null, 10)).isEmpty();
    }

    @Test
    @DisplayName("pages by id after the given id")
    void pages() {
      archived("c", 1);
      archived("a", 1);
      archived("b", 1);

      assertThat(store.archivedBefore(day(2), null, 2)).containsExactly("a", "b");
      assertThat(store.archivedBefore(day(2), "b", 2)).containsExactly("c");
      assertThat(store.archivedBefore(day(2), "c", 2)).isEmpty();
    }
  }
}
