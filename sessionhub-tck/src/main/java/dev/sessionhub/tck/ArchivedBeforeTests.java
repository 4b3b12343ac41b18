package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.aSession;
import static dev.sessionhub.tck.StoreData.insertOf;
import static dev.sessionhub.tck.StoreData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Which sessions were archived before a time, for purging their attachments. The store may hold
 * sessions of other tests, so only this test's sessions are compared.
 */
abstract class ArchivedBeforeTests extends StoreTests {

  private static final Instant CUTOFF = Instant.parse("2026-02-01T00:00:00Z");

  private final List<Session> inserted = new ArrayList<>();

  @Test
  @DisplayName("lists ARCHIVED sessions archived strictly before the time, in id order")
  void beforeTheTime() {
    List<Session> archivedEarlier = List.of(archived(CUTOFF.minus(Duration.ofDays(40))),
        archived(CUTOFF.minusNanos(1)), archived(CUTOFF.minus(Duration.ofDays(3))));
    archived(CUTOFF);
    archived(CUTOFF.plusSeconds(1));
    insert(aSession(unique("arc"), "ann").status(SessionStatus.COMPLETED).build());
    Set<String> mine = ids(archivedEarlier);

    List<String> listed = store().archivedBefore(CUTOFF, null, 10_000);

    assertThat(listed).isSorted();
    assertThat(listed.stream().filter(mine::contains).toList())
        .containsExactlyElementsOf(archivedEarlier.stream().map(Session::id).sorted().toList());
    assertThat(listed).doesNotContainAnyElementsOf(ownIdsOtherThan(mine));
  }

  @Test
  @DisplayName("pages by id: at most the limit, strictly after the given id")
  void paging() {
    List<Session> archived = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      archived.add(archived(CUTOFF.minus(Duration.ofHours(i + 1))));
    }

    List<String> all = Pages.readAll(3, 100_000, last -> store().archivedBefore(CUTOFF, last, 3));

    assertThat(all).isSorted().doesNotHaveDuplicates().containsAll(ids(archived));
  }

  private Session archived(Instant at) {
    Session s = aSession(unique("arc"), "ann").status(SessionStatus.ARCHIVED).archivedAt(at).updatedAt(at).build();
    return insert(s);
  }

  private Session insert(Session s) {
    store().insert(insertOf(s));
    inserted.add(s);
    return s;
  }

  private Set<String> ownIdsOtherThan(Set<String> ids) {
    return inserted.stream().map(Session::id).filter(id -> !ids.contains(id)).collect(Collectors.toSet());
  }

  private static Set<String> ids(List<Session> sessions) {
    return sessions.stream().map(Session::id).collect(Collectors.toSet());
  }
}
