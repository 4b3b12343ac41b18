package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.unique;
import static dev.sessionhub.tck.StoreData.withoutSeqs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionWrite;
import dev.sessionhub.tck.data.SessionGenerator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every field of generated aggregates, their comments and their activity come back exactly as written. */
abstract class RoundTripTests extends StoreTests {

  private static final int AGGREGATES = 200;
  private static final int ALL = 1_000;

  /** What was written for one generated session. */
  private record Written(Session session, List<Comment> comments, List<ActivityEntry> activity) {
    String id() {
      return session.id();
    }
  }

  @Test
  @DisplayName("find returns each of 200 generated aggregates exactly as inserted")
  void sessions() {
    for (Written w : insertGenerated(20_260_302L)) {
      assertThat(store().find(w.id())).as(w.id()).contains(w.session());
    }
  }

  @Test
  @DisplayName("their comments come back exactly, in number order, page by page")
  void comments() {
    for (Written w : insertGenerated(7L)) {
      assertThat(store().comments(w.id(), 0, ALL)).as(w.id()).containsExactlyElementsOf(w.comments());
      assertThat(pagedComments(w.id(), 2)).as(w.id()).containsExactlyElementsOf(w.comments());
      for (Comment c : w.comments()) {
        assertThat(store().findComment(w.id(), c.id())).contains(c);
      }
    }
  }

  @Test
  @DisplayName("their activity comes back exactly, in the order written, with increasing seqs, page by page")
  void activity() {
    for (Written w : insertGenerated(8L)) {
      List<ActivityEntry> stored = store().activity(w.id(), 0, ALL);
      assertThat(withoutSeqs(stored)).as(w.id()).containsExactlyElementsOf(w.activity());
      assertThat(stored).extracting(ActivityEntry::seq).isSorted().doesNotHaveDuplicates().allMatch(seq -> seq > 0);
      assertThat(pagedActivity(w.id(), 1)).as(w.id()).containsExactlyElementsOf(stored);
    }
  }

  @Test
  @DisplayName("an update may change every field: 100 generated snapshots replaced by other generated ones")
  void updatesChangeEveryField() {
    SessionGenerator generator = new SessionGenerator(9L);
    for (int i = 0; i < 100; i++) {
      Session before = generator.next().toBuilder().id(unique("rt")).build();
      Session after = generator.next().toBuilder().id(before.id()).version(before.version() + 1).build();
      store().insert(new SessionWrite(before, 0, List.of(), List.of()));

      store().update(new SessionWrite(after, before.version(), List.of(), List.of()));

      assertThat(store().find(before.id())).contains(after);
    }
  }

  private List<Written> insertGenerated(long seed) {
    SessionGenerator generator = new SessionGenerator(seed);
    List<Written> written = new ArrayList<>();
    for (int i = 0; i < AGGREGATES; i++) {
      Session s = generator.next().toBuilder().id(unique("rt")).build();
      List<Comment> comments = new ArrayList<>();
      for (long n = 1; n <= i % 6; n++) {
        comments.add(generator.nextComment(s.id(), n));
      }
      List<ActivityEntry> activity = new ArrayList<>();
      for (int n = 0; n <= i % 3; n++) {
        activity.add(generator.nextActivity(s.id(), s.version()));
      }
      store().insert(new SessionWrite(s, 0, comments, activity));
      written.add(new Written(s, comments, activity));
    }
    return written;
  }

  private List<Comment> pagedComments(String sessionId, int pageSize) {
    return Pages.readAll(pageSize, ALL, last -> store().comments(sessionId, last == null ? 0 : last.number(), pageSize));
  }

  private List<ActivityEntry> pagedActivity(String sessionId, int pageSize) {
    return Pages.readAll(pageSize, ALL, last -> store().activity(sessionId, last == null ? 0 : last.seq(), pageSize));
  }
}
