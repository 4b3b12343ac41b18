package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.tck.data.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The facade never returns a session the actor holds no role in, whatever the store answers: on
 * a store whose member index keeps removed collaborators, search and "changes since" still show
 * a removed member nothing of those sessions, with full pages and exact cursors.
 */
@DisplayName("The facade, on a store that leaks removed members' sessions")
class FacadeVisibilityTest {

  private final SessionStoreMutants.KeepsRemovedMembers store = new SessionStoreMutants.KeepsRemovedMembers();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final SessionHub hub = SessionHub.builder().sessionStore(store).cache(new PassThroughCache()).clock(clock)
      .build();
  private final List<Session> stillShared = new ArrayList<>();

  /** Ann shares 25 sessions with bob, then takes bob off two of every three. */
  @BeforeEach
  void shareAndUnshare() {
    for (int i = 0; i < 25; i++) {
      clock.advance(Duration.ofMinutes(1));
      Session s = hub.create("ann", NewSession.named("Session " + i));
      s = hub.addCollaborator("ann", s.id(), s.version(), "bob", Role.VIEWER);
      if (i % 3 != 0) {
        hub.removeCollaborator("ann", s.id(), s.version(), "bob");
      } else {
        stillShared.add(s);
      }
    }
    stillShared.sort(Comparator.comparing(Session::updatedAt).reversed().thenComparing(Session::id,
        Comparator.reverseOrder()));
  }

  @Test
  @DisplayName("search returns only the sessions bob still holds a role in, page after full page")
  void search() {
    assertThat(store.search(new SessionSearch(SessionQuery.builder().build(), "bob", null, 100)))
        .as("what the broken store answers").hasSize(25);

    List<Integer> sizes = new ArrayList<>();
    List<Session> found = Pages.readAll(100, cursor -> {
      var page = hub.search("bob", SessionQuery.builder().pageSize(4).cursor(cursor).build());
      sizes.add(page.items().size());
      return page;
    });

    assertThat(found).extracting(Session::id).containsExactlyElementsOf(stillShared.stream().map(Session::id).toList());
    assertThat(found).allSatisfy(s -> assertThat(s.roleOf("bob")).isPresent());
    assertThat(sizes).containsExactly(4, 4, 1);
  }

  @Test
  @DisplayName("changes since returns only those sessions too, page by page")
  void changesSince() {
    List<Session> found = Pages.readAll(100, cursor -> hub.changesSince("bob", Instant.EPOCH, cursor, 2));

    assertThat(found).extracting(Session::id).containsExactlyInAnyOrderElementsOf(
        stillShared.stream().map(Session::id).toList());
    assertThat(found).extracting(Session::updatedAt).isSorted();
  }

  @Test
  @DisplayName("a page of one ends without a cursor exactly when no visible session follows")
  void lastPage() {
    Session oldest = stillShared.get(stillShared.size() - 1);
    var all = hub.search("bob", SessionQuery.builder().pageSize(stillShared.size()).build());
    var more = hub.search("bob", SessionQuery.builder().pageSize(stillShared.size() - 1).build());

    assertThat(all.items()).hasSize(stillShared.size()).last().isEqualTo(oldest);
    assertThat(all.nextCursor()).isNull();
    assertThat(more.nextCursor()).isNotNull();
    assertThat(hub.search("bob", SessionQuery.builder().pageSize(1).cursor(more.nextCursor()).build()).items())
        .containsExactly(oldest);
  }
}
