package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Priority;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.SessionType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every filter of a query alone, and filters combined with AND. */
abstract class FilterTests extends SearchTests {

  @Test
  @DisplayName("none: every visible session except the archived ones, last updated first")
  void noFilter() {
    assertFinds(query());
    assertThat(found(query())).hasSize(SearchCorpus.VISIBLE - SearchCorpus.VISIBLE / 5)
        .doesNotContain(id(4), id(9), id(34));
  }

  @Test
  @DisplayName("includeArchived: the archived ones too, when no status is named")
  void includeArchived() {
    assertFinds(query().includeArchived(true));
    assertThat(found(query().includeArchived(true))).hasSize(SearchCorpus.VISIBLE);
  }

  @Test
  @DisplayName("status: any of the named statuses, ARCHIVED only when named, whatever includeArchived says")
  void status() {
    assertNarrows(query().status(SessionStatus.ACTIVE));
    assertNarrows(query().status(SessionStatus.PAUSED, SessionStatus.COMPLETED));
    assertNarrows(query().status(SessionStatus.ARCHIVED));
    assertNarrows(query().status(SessionStatus.DRAFT, SessionStatus.ARCHIVED));
    assertThat(found(query().status(SessionStatus.ACTIVE).includeArchived(true)))
        .isEqualTo(found(query().status(SessionStatus.ACTIVE)));
  }

  @Test
  @DisplayName("type: any of the named types")
  void type() {
    assertNarrows(query().type(SessionType.BUG_FIX));
    assertNarrows(query().type(SessionType.RESEARCH, SessionType.LEARNING));
  }

  @Test
  @DisplayName("priority: any of the named priorities")
  void priority() {
    assertNarrows(query().priority(Priority.CRITICAL));
    assertNarrows(query().priority(Priority.LOW, Priority.HIGH));
  }

  @Test
  @DisplayName("owner: sessions that user owns")
  void owner() {
    assertNarrows(query().owner(corpus.friend));
    assertNarrows(query().owner(corpus.viewer));
  }

  @Test
  @DisplayName("member: sessions where that user holds any role")
  void member() {
    assertNarrows(query().member(corpus.friend));
    assertFinds(query().member(corpus.viewer));
  }

  @Test
  @DisplayName("tags: every named tag is present")
  void tags() {
    assertNarrows(query().tag("java"));
    assertNarrows(query().tag("java", "ops"));
    assertNarrows(query().tag("java", "ops", "db"));
  }

  @Test
  @DisplayName("template: sessions made from that template, any version")
  void template() {
    assertNarrows(query().template(corpus.templateA));
    assertNarrows(query().template(corpus.templateB));
    assertThat(found(query().template(corpus.templateA))).contains(id(3), id(6));
  }

  @Test
  @DisplayName("created: from inclusive, to exclusive")
  void created() {
    Session from = corpus.get(4);
    Session to = corpus.get(12);
    assertNarrows(query().created(from.createdAt(), to.createdAt()).includeArchived(true));
    assertThat(found(query().created(from.createdAt(), to.createdAt()).includeArchived(true)))
        .contains(id(4), id(11)).doesNotContain(id(3), id(12));
    assertNarrows(query().created(from.createdAt(), null));
    assertNarrows(query().created(null, to.createdAt()));
  }

  @Test
  @DisplayName("updated: from inclusive, to exclusive, to the nanosecond")
  void updated() {
    Session from = corpus.get(2);
    Session to = corpus.get(38);
    assertNarrows(query().updated(from.updatedAt(), to.updatedAt()));
    assertNarrows(query().updated(to.updatedAt(), null));
    assertNarrows(query().updated(null, from.updatedAt().plusNanos(1)));
    assertThat(found(query().updated(to.updatedAt(), null))).contains(id(38));
    assertThat(found(query().updated(to.updatedAt().minusNanos(1), to.updatedAt()))).doesNotContain(id(38));
  }

  @Test
  @DisplayName("progress: from min to max, both inclusive")
  void progress() {
    assertNarrows(query().progress(50.0, 100.0));
    assertNarrows(query().progress(null, 0.0));
    assertNarrows(query().progress(25.0, null));
    assertThat(found(query().progress(50.0, 50.0))).isNotEmpty()
        .allSatisfy(id -> assertThat(sessionWith(id).progress()).isEqualTo(50.0));
  }

  @Test
  @DisplayName("several filters: a session must pass all of them")
  void combined() {
    assertNarrows(query().tag("java").owner(corpus.viewer).priority(Priority.LOW, Priority.MEDIUM));
    assertNarrows(query().status(SessionStatus.ACTIVE, SessionStatus.DRAFT).type(SessionType.BUG_FIX,
        SessionType.REVIEW, SessionType.OTHER).member(corpus.friend));
    assertNarrows(query().template(corpus.templateA).progress(0.0, 50.0).created(null, corpus.get(30).createdAt()));
    assertNarrows(query().text("kangaroo").status(SessionStatus.ACTIVE));
  }

  private Session sessionWith(String id) {
    return corpus.sessions.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }
}
