package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.aSession;
import static dev.sessionhub.tck.StoreData.activity;
import static dev.sessionhub.tck.StoreData.comment;
import static dev.sessionhub.tck.StoreData.insertOf;
import static dev.sessionhub.tck.StoreData.member;
import static dev.sessionhub.tck.StoreData.next;
import static dev.sessionhub.tck.StoreData.owner;
import static dev.sessionhub.tck.StoreData.unique;
import static dev.sessionhub.tck.StoreData.updateOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.spi.SearchText;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.tck.Concurrently.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a reader sees while a writer works: all of a write or none of it. One thread writes a
 * session over and over, each write adding a comment and an activity entry and flipping the
 * session's words and members; readers on other threads check, after every read, that what they
 * saw belongs together.
 */
abstract class AtomicReadTests extends StoreTests {

  private static final int WRITES = 100;
  private static final int ALL = 10_000;

  private final String ann = unique("ann");
  private final String eve = unique("eve");

  /** Version {@code v}: v - 1 comments; the word "even" and member eve on even versions, "odd" and no eve on odd ones. */
  private Session version(Session s, long v) {
    boolean even = v % 2 == 0;
    return s.toBuilder().version(v).name((even ? "even " : "odd ") + v).commentCount(v - 1)
        .collaborators(even ? List.of(owner(ann), member(eve, Role.VIEWER)) : List.of(owner(ann))).build();
  }

  @Test
  @DisplayName("a snapshot read is never ahead of its comments and activity, nor behind them, " + WRITES + " writes over")
  void snapshotWithItsRows() {
    Session v1 = version(aSession(unique("atom"), ann).build(), 1);
    store().insert(insertOf(v1, List.of(), List.of(activity(v1.id(), 1, "v1"))));
    AtomicBoolean writing = new AtomicBoolean(true);

    List<Outcome<List<String>>> outcomes = Concurrently.run(List.of(writer(v1, writing), rowReader(v1.id(), writing),
        searcher(writing)));

    assertThat(outcomes).allMatch(Outcome::succeeded, "every thread finished");
    assertThat(outcomes).flatExtracting(Outcome::value).as("what readers saw that does not belong together").isEmpty();
  }

  private Callable<List<String>> writer(Session v1, AtomicBoolean writing) {
    return () -> {
      try {
        Session s = v1;
        for (long v = 2; v <= WRITES + 1; v++) {
          Session next = version(s, v);
          store().update(updateOf(next, List.of(comment(s.id(), v - 1)), List.of(activity(s.id(), v, "v" + v))));
          s = next;
        }
        return List.of();
      } finally {
        writing.set(false);
      }
    };
  }

  /** Reads comments, the snapshot, comments again (and activity the same way): counts must bracket the snapshot's. */
  private Callable<List<String>> rowReader(String id, AtomicBoolean writing) {
    return () -> {
      List<String> broken = new ArrayList<>();
      while (writing.get() && broken.isEmpty()) {
        int commentsBefore = store().comments(id, 0, ALL).size();
        int activityBefore = store().activity(id, 0, ALL).size();
        Session s = store().find(id).orElseThrow();
        int commentsAfter = store().comments(id, 0, ALL).size();
        int activityAfter = store().activity(id, 0, ALL).size();
        if (commentsBefore > s.commentCount() || commentsAfter < s.commentCount()) {
          broken.add("version " + s.version() + " with " + s.commentCount() + " comments read between "
              + commentsBefore + " and " + commentsAfter + " stored comments");
        }
        if (activityBefore > s.version() || activityAfter < s.version()) {
          broken.add("version " + s.version() + " read between " + activityBefore + " and " + activityAfter
              + " activity entries (one per version)");
        }
      }
      return broken;
    };
  }

  /** Searches by the words and as the member of even versions: every session returned must match at its snapshot. */
  private Callable<List<String>> searcher(AtomicBoolean writing) {
    return () -> {
      List<String> broken = new ArrayList<>();
      SessionQuery byWord = SessionQuery.builder().text("even").build();
      while (writing.get() && broken.isEmpty()) {
        for (Session s : store().search(new SessionSearch(byWord, ann, null, 10))) {
          if (!SearchText.of(s).contains("even")) {
            broken.add("a search for \"even\" returned version " + s.version() + ", named " + s.name());
          }
        }
        for (Session s : store().search(new SessionSearch(SessionQuery.builder().build(), eve, null, 10))) {
          if (s.roleOf(eve).isEmpty()) {
            broken.add("eve's search returned version " + s.version() + ", which she is not a member of");
          }
        }
      }
      return broken;
    };
  }
}
