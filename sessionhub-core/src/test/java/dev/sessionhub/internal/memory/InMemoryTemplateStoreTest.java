package dev.sessionhub.internal.memory;

import static dev.sessionhub.internal.memory.TestSessions.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.Template;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("InMemoryTemplateStore")
class InMemoryTemplateStoreTest {

  private final InMemoryTemplateStore store = new InMemoryTemplateStore();

  private static Template template(String id, int version) {
    return new Template(id, version, id + " v" + version, "", SessionType.FEATURE, Duration.ofHours(2),
        Priority.MEDIUM, Difficulty.BEGINNER, List.of(), List.of(), List.of(), List.of(), false, "author",
        T0.plusSeconds(version));
  }

  @Nested
  @DisplayName("insert")
  class Insert {

    @Test
    @DisplayName("keeps every version")
    void keepsVersions() {
      store.insert(template("t", 1));
      store.insert(template("t", 2));

      assertThat(store.find("t", 1)).contains(template("t", 1));
      assertThat(store.find("t", 2)).contains(template("t", 2));
      assertThat(store.find("t", 3)).isEmpty();
      assertThat(store.find("other", 1)).isEmpty();
    }

    @Test
    @DisplayName("rejects a stored (id, version) with DuplicateIdException naming both, writing nothing")
    void rejectsDuplicate() {
      store.insert(template("t", 1));
      Template again = template("t", 1).asVersion(1, "someone else", T0);

      assertThatThrownBy(() -> store.insert(again))
          .isInstanceOfSatisfying(DuplicateIdException.class, e -> assertThat(e.id()).isEqualTo("t v1"));
      assertThat(store.find("t", 1)).contains(template("t", 1));
    }

    @Test
    @DisplayName("of one (id, version) racing from two threads succeeds exactly once")
    void racingInserts() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        for (int round = 1; round <= 100; round++) {
          assertThat(race(pool, template("t", round))).containsExactlyInAnyOrder(true, false);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(store.versions("t")).hasSize(100);
    }

    private List<Boolean> race(ExecutorService pool, Template t) throws Exception {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        outcomes.add(pool.submit(() -> {
          start.await();
          try {
            store.insert(t);
            return true;
          } catch (DuplicateIdException e) {
            return false;
          }
        }));
      }
      start.countDown();
      List<Boolean> results = new ArrayList<>();
      for (Future<Boolean> f : outcomes) {
        results.add(f.get(10, TimeUnit.SECONDS));
      }
      return results;
    }
  }

  @Nested
  @DisplayName("reads")
  class Reads {

    @Test
    @DisplayName("list versions oldest first, whatever the insert order")
    void versionsInOrder() {
      store.insert(template("t", 3));
      store.insert(template("t", 1));
      store.insert(template("t", 2));

      assertThat(store.versions("t")).extracting(Template::version).containsExactly(1, 2, 3);
      assertThat(store.versions("unknown")).isEmpty();
    }

    @Test
    @DisplayName("find the highest version as the latest")
    void latest() {
      store.insert(template("t", 2));
      store.insert(template("t", 10));
      store.insert(template("t", 9));

      assertThat(store.latest("t")).contains(template("t", 10));
      assertThat(store.latest("unknown")).isEmpty();
    }

    @Test
    @DisplayName("list the latest version of every template, by id")
    void latestOfAll() {
      store.insert(template("b", 1));
      store.insert(template("a", 1));
      store.insert(template("c", 1));
      store.insert(template("a", 2));

      assertThat(store.latestOfAll()).containsExactly(template("a", 2), template("b", 1), template("c", 1));
    }
  }
}
