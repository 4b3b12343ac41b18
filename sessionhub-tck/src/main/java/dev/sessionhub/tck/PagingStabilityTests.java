package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.insertOf;
import static dev.sessionhub.tck.StoreData.next;
import static dev.sessionhub.tck.StoreData.updateOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SortPosition;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;

/**
 * Keyset pages stay stable while others write between them: sessions are inserted (with sort
 * values equal to existing ones, so they land among ties) and others are updated in fields that
 * are not sorted on. No session is returned twice, and every session whose sort value did not
 * change is returned.
 */
abstract class PagingStabilityTests extends SearchTests {

  private static final int PAGE = 7;

  static Stream<Arguments> everyOrder() {
    return SortTests.everyOrder();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyOrder")
  @DisplayName("no repeats, and every session whose sort value did not change is seen")
  void stableUnderWrites(SortKey key, SortDirection direction) {
    SessionQuery q = query().includeArchived(true).sort(key, direction).build();
    List<String> before = expected(q.toBuilder());
    Random random = new Random(31L * key.ordinal() + direction.ordinal());
    AtomicInteger round = new AtomicInteger();

    List<Session> seen = Pages.readAll(PAGE, ALL, last -> {
      if (last == null) {
        return store().search(new SessionSearch(q, corpus.viewer, null, PAGE));
      }
      writeBetweenPages(random, round.incrementAndGet());
      return store().search(new SessionSearch(q, corpus.viewer, SortPosition.of(key, last), PAGE));
    });

    assertThat(ids(seen)).doesNotHaveDuplicates().containsAll(before);
  }

  /** Inserts two sessions tied with random existing ones, and updates the descriptions of two others. */
  private void writeBetweenPages(Random random, int round) {
    for (int i = 0; i < 2; i++) {
      Session twin = pick(random);
      store().insert(insertOf(twin.toBuilder().id(twin.id() + "-r" + round + "t" + i).version(1).build()));
    }
    for (int i = 0; i < 2; i++) {
      Session stored = store().find(pick(random).id()).orElseThrow();
      store().update(updateOf(next(stored, b -> b.description("rewritten in round " + round))));
    }
  }

  private Session pick(Random random) {
    return corpus.get(random.nextInt(SearchCorpus.VISIBLE));
  }
}
