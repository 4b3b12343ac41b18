package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.T0;
import static dev.sessionhub.tck.StoreData.aSession;
import static dev.sessionhub.tck.StoreData.goals;
import static dev.sessionhub.tck.StoreData.insertOf;
import static dev.sessionhub.tck.StoreData.next;
import static dev.sessionhub.tck.StoreData.unique;
import static dev.sessionhub.tck.StoreData.updateOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Goal;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.model.TemplateRef;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Whatever a store derives from a snapshot to search it by (a word index, a status column, tag
 * rows, sort columns) is rewritten by every update: a search answers for the last committed
 * snapshot, never an older one.
 */
abstract class IndexRefreshTests extends StoreTests {

  private final String ann = unique("ann");

  private Session stored(Session.Builder b) {
    Session s = b.build();
    store().insert(insertOf(s));
    return s;
  }

  private List<String> found(SessionQuery.Builder q) {
    return idsFoundBy(ann, q);
  }

  private List<String> text(String text) {
    return found(SessionQuery.builder().text(text).includeArchived(true));
  }

  @Test
  @DisplayName("a renamed session is found by its new words and no longer by its old ones")
  void renamed() {
    Session v1 = stored(aSession(unique("idx"), ann).name("Pelican migration").description("Cormorant notes"));
    assertThat(text("pelican")).containsExactly(v1.id());

    store().update(updateOf(next(v1, b -> b.name("Albatross migration").description("Gannet notes"))));

    assertThat(text("albatross")).containsExactly(v1.id());
    assertThat(text("gannet")).containsExactly(v1.id());
    assertThat(text("pelican")).isEmpty();
    assertThat(text("cormorant")).isEmpty();
    assertThat(text("migration")).containsExactly(v1.id());
  }

  @Test
  @DisplayName("words of goal titles, tags and learnings follow their changes too")
  void otherSearchedFields() {
    Session v1 = stored(aSession(unique("idx"), ann).goals(List.of(Goal.of("g1", "Feed the heron")))
        .metadata(new SessionMetadata(List.of("egret"), List.of(), null))
        .learnings(List.of(new Learning("l1", "Ibis sleep standing", ann, T0))));
    assertThat(text("heron egret ibis")).containsExactly(v1.id());

    store().update(updateOf(next(v1, b -> b.goals(List.of(Goal.of("g1", "Feed the stork")))
        .metadata(new SessionMetadata(List.of("crane"), List.of(), null))
        .learnings(List.of(new Learning("l2", "Spoonbills sweep", ann, T0))))));

    assertThat(text("stork crane spoonbills")).containsExactly(v1.id());
    assertThat(text("heron")).isEmpty();
    assertThat(text("egret")).isEmpty();
    assertThat(text("ibis")).isEmpty();
    assertThat(found(SessionQuery.builder().tag("egret"))).isEmpty();
    assertThat(found(SessionQuery.builder().tag("crane"))).containsExactly(v1.id());
  }

  @Test
  @DisplayName("an archived session leaves the default search and the other statuses, and is found when archived ones are asked for")
  void archived() {
    Session v1 = stored(aSession(unique("idx"), ann).name("Puffin count").status(SessionStatus.ACTIVE));
    assertThat(found(SessionQuery.builder())).containsExactly(v1.id());

    store().update(updateOf(next(v1, b -> b.status(SessionStatus.ARCHIVED).archivedAt(T0.plusSeconds(60)))));

    assertThat(found(SessionQuery.builder())).isEmpty();
    assertThat(found(SessionQuery.builder().text("puffin"))).isEmpty();
    assertThat(found(SessionQuery.builder().status(SessionStatus.ACTIVE))).isEmpty();
    assertThat(found(SessionQuery.builder().status(SessionStatus.ARCHIVED))).containsExactly(v1.id());
    assertThat(found(SessionQuery.builder().includeArchived(true).text("puffin"))).containsExactly(v1.id());
  }

  @Test
  @DisplayName("every status change moves the session between status filters")
  void statusChanges() {
    Session s = stored(aSession(unique("idx"), ann));
    for (SessionStatus status : List.of(SessionStatus.ACTIVE, SessionStatus.PAUSED, SessionStatus.COMPLETED,
        SessionStatus.ACTIVE)) {
      Session v = next(s, b -> b.status(status));
      store().update(updateOf(v));
      s = v;
      for (SessionStatus other : SessionStatus.values()) {
        assertThat(found(SessionQuery.builder().status(other))).as("status filter %s after %s", other, status)
            .isEqualTo(other == status ? List.of(s.id()) : List.of());
      }
    }
  }

  @Test
  @DisplayName("type, priority, template, progress and update time filters follow the new values")
  void otherColumns() {
    String tplA = unique("tpl");
    String tplB = unique("tpl");
    Session v1 = stored(aSession(unique("idx"), ann).type(SessionType.BUG_FIX).priority(Priority.LOW)
        .template(new TemplateRef(tplA, 1)).goals(goals(0, 4)));

    store().update(updateOf(next(v1, b -> b.type(SessionType.RESEARCH).priority(Priority.CRITICAL)
        .template(new TemplateRef(tplB, 2)).goals(goals(3, 4)).updatedAt(T0.plus(Duration.ofDays(1))))));

    assertThat(found(SessionQuery.builder().type(SessionType.BUG_FIX))).isEmpty();
    assertThat(found(SessionQuery.builder().type(SessionType.RESEARCH))).containsExactly(v1.id());
    assertThat(found(SessionQuery.builder().priority(Priority.LOW))).isEmpty();
    assertThat(found(SessionQuery.builder().priority(Priority.CRITICAL))).containsExactly(v1.id());
    assertThat(found(SessionQuery.builder().template(tplA))).isEmpty();
    assertThat(found(SessionQuery.builder().template(tplB))).containsExactly(v1.id());
    assertThat(found(SessionQuery.builder().progress(null, 0.0))).isEmpty();
    assertThat(found(SessionQuery.builder().progress(75.0, 75.0))).containsExactly(v1.id());
    assertThat(found(SessionQuery.builder().updated(null, T0.plusSeconds(1)))).isEmpty();
    assertThat(found(SessionQuery.builder().updated(T0.plus(Duration.ofDays(1)), null))).containsExactly(v1.id());
  }

  @Test
  @DisplayName("sorts use the new values: a renamed session moves in a sort by name")
  void sortFollows() {
    Session a = stored(aSession(unique("idx"), ann).name("Avocet"));
    Session b = stored(aSession(unique("idx"), ann).name("Bittern"));
    SessionQuery.Builder byName = SessionQuery.builder().sort(SortKey.NAME, SortDirection.ASC);
    assertThat(found(byName)).containsExactly(a.id(), b.id());

    store().update(updateOf(next(a, x -> x.name("Curlew"))));

    assertThat(found(byName)).containsExactly(b.id(), a.id());
  }
}
