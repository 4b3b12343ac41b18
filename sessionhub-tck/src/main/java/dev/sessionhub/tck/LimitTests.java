package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.aSession;
import static dev.sessionhub.tck.StoreData.insertOf;
import static dev.sessionhub.tck.StoreData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.spi.SessionSearch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The largest aggregate and the largest page the documented limits allow. */
abstract class LimitTests extends StoreTests {

  @Test
  @DisplayName("the largest allowed aggregate (500 goals of 20,000-character descriptions, 100 milestones, "
      + "64 KiB of custom fields) round-trips exactly")
  void largestAggregate() {
    Session largest = LargestAggregate.of(unique("big"), "ann");

    store().insert(insertOf(largest));

    assertThat(store().find(largest.id())).contains(largest);
  }

  @Test
  @DisplayName("a search with a limit of PAGE_SIZE_MAX + 1 returns that many, in order, and no more")
  void largestPage() {
    String viewer = unique("viewer");
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < Limits.PAGE_SIZE_MAX + 20; i++) {
      Session s = aSession(unique("page"), viewer).createdAt(StoreData.T0.plus(Duration.ofSeconds(i))).build();
      store().insert(insertOf(s));
      sessions.add(s);
    }
    SessionQuery q = SessionQuery.builder().sort(SortKey.CREATED, SortDirection.ASC).build();

    List<Session> page = store().search(new SessionSearch(q, viewer, null, Limits.PAGE_SIZE_MAX + 1));

    assertThat(page).containsExactlyElementsOf(sessions.subList(0, Limits.PAGE_SIZE_MAX + 1));
  }
}
