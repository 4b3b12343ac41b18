package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.aSession;
import static dev.sessionhub.tck.StoreData.activity;
import static dev.sessionhub.tck.StoreData.insertOf;
import static dev.sessionhub.tck.StoreData.next;
import static dev.sessionhub.tck.StoreData.unique;
import static dev.sessionhub.tck.StoreData.updateOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.error.ConflictException;
import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.tck.Concurrently.Outcome;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two real threads, released together by a start gate, writing the same session: the version
 * check and the write must be one atomic step.
 */
abstract class RaceTests extends StoreTests {

  private static final int ROUNDS = 60;
  private static final int ALL = 1_000;

  @Test
  @DisplayName("of two updates with the same expected version, exactly one wins and the other gets ConflictException, "
      + ROUNDS + " rounds over")
  void updatesRace() {
    String id = unique("race");
    Session current = aSession(id, "ann").build();
    store().insert(insertOf(current));
    for (int round = 1; round <= ROUNDS; round++) {
      current = updateRound(current, round);
    }
    assertThat(store().find(id).map(Session::version)).contains(ROUNDS + 1L);
  }

  /** One round: both racers add comment number {@code round} and an activity entry; returns the stored winner. */
  private Session updateRound(Session current, int round) {
    List<Session> candidates = List.of(
        next(current, b -> b.name("left " + round).commentCount(round)),
        next(current, b -> b.name("right " + round).commentCount(round)));
    List<Outcome<Session>> outcomes = Concurrently.run(List.of(update(candidates.get(0), "left", round),
        update(candidates.get(1), "right", round)));

    assertThat(outcomes).as("round %d", round).filteredOn(Outcome::succeeded).hasSize(1);
    Outcome<Session> lost = outcomes.stream().filter(o -> !o.succeeded()).findFirst().orElseThrow();
    assertThat(lost.error()).as("round %d", round).isInstanceOfSatisfying(ConflictException.class, e -> {
      assertThat(e.expectedVersion()).isEqualTo(current.version());
      assertThat(e.actualVersion()).isEqualTo(current.version() + 1);
    });
    Session winner = outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow().value();
    String side = winner.name().startsWith("left") ? "left" : "right";
    assertThat(store().find(current.id())).contains(winner);
    assertThat(store().comments(current.id(), round - 1, ALL)).extracting(Comment::id)
        .containsExactly(side + "-" + round);
    assertThat(store().activity(current.id(), 0, ALL)).extracting(ActivityEntry::action).hasSize(round)
        .last().isEqualTo(side + " " + round);
    return winner;
  }

  private Callable<Session> update(Session candidate, String side, int round) {
    Comment comment = new Comment(side + "-" + round, candidate.id(), round, null, side, side, List.of(),
        StoreData.T0, null);
    return () -> {
      store().update(updateOf(candidate, List.of(comment), List.of(activity(candidate.id(), candidate.version(),
          side + " " + round))));
      return candidate;
    };
  }

  @Test
  @DisplayName("of two inserts of the same id, exactly one wins and the other gets DuplicateIdException, "
      + ROUNDS + " rounds over")
  void insertsRace() {
    for (int round = 1; round <= ROUNDS; round++) {
      String id = unique("race");
      List<Session> candidates = List.of(aSession(id, "left").build(), aSession(id, "right").build());
      List<Outcome<Session>> outcomes = Concurrently.run(List.of(insert(candidates.get(0)), insert(candidates.get(1))));

      assertThat(outcomes).as("round %d", round).filteredOn(Outcome::succeeded).hasSize(1);
      assertThat(outcomes).filteredOn(o -> !o.succeeded()).first().extracting(Outcome::error)
          .isInstanceOf(DuplicateIdException.class);
      Session winner = outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow().value();
      assertThat(store().find(id)).contains(winner);
      assertThat(store().activity(id, 0, ALL)).extracting(ActivityEntry::action).containsExactly(winner.ownerId());
    }
  }

  private Callable<Session> insert(Session candidate) {
    return () -> {
      store().insert(insertOf(candidate, List.of(), List.of(activity(candidate.id(), 1, candidate.ownerId()))));
      return candidate;
    };
  }
}
