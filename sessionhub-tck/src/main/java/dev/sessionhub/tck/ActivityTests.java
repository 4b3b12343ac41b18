package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.aSession;
import static dev.sessionhub.tck.StoreData.activity;
import static dev.sessionhub.tck.StoreData.insertOf;
import static dev.sessionhub.tck.StoreData.next;
import static dev.sessionhub.tck.StoreData.unique;
import static dev.sessionhub.tck.StoreData.updateOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Session;
import dev.sessionhub.tck.Concurrently.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The activity log: seqs the store assigns, increasing and in commit order within each session
 * (seqs of different sessions need not be comparable), read page by page.
 */
abstract class ActivityTests extends StoreTests {

  private static final int ALL = 10_000;

  @Test
  @DisplayName("appendActivity returns the entry with a positive seq, higher than any before in the same session")
  void appendAssignsIncreasingSeqs() {
    Session a = insert();
    Session b = insert();
    List<Long> seqsOfA = new ArrayList<>();
    List<Long> seqsOfB = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Session s = i % 2 == 0 ? a : b;
      ActivityEntry given = activity(s.id(), 1, "download " + i);

      ActivityEntry appended = store().appendActivity(given);

      assertThat(appended.withSeq(0)).isEqualTo(given);
      (s == a ? seqsOfA : seqsOfB).add(appended.seq());
    }
    assertThat(seqsOfA).allMatch(seq -> seq > 0).isSorted().doesNotHaveDuplicates();
    assertThat(seqsOfB).allMatch(seq -> seq > 0).isSorted().doesNotHaveDuplicates();
    assertThat(store().activity(a.id(), 0, ALL)).extracting(ActivityEntry::seq).containsExactlyElementsOf(seqsOfA);
    assertThat(store().activity(b.id(), 0, ALL)).extracting(ActivityEntry::seq).containsExactlyElementsOf(seqsOfB);
  }

  @Test
  @DisplayName("entries written with snapshots and appended alone come back in commit order, a write's in list order")
  void commitOrder() {
    String id = unique("act");
    Session v1 = aSession(id, "ann").build();
    store().insert(insertOf(v1, List.of(), List.of(activity(id, 1, "create"), activity(id, 1, "import"))));
    store().appendActivity(activity(id, 1, "download"));
    Session v2 = next(v1, b -> b.name("renamed"));
    store().update(updateOf(v2, List.of(), List.of(activity(id, 2, "update"), activity(id, 2, "notify"))));
    store().appendActivity(activity(id, 2, "download again"));

    assertThat(store().activity(id, 0, ALL)).extracting(ActivityEntry::action)
        .containsExactly("create", "import", "download", "update", "notify", "download again");
  }

  @Test
  @DisplayName("are read page by page after the last seq seen, at most the limit")
  void paging() {
    Session s = insert();
    for (int i = 0; i < 12; i++) {
      store().appendActivity(activity(s.id(), 1, "step " + i));
    }
    List<ActivityEntry> all = store().activity(s.id(), 0, ALL);

    List<ActivityEntry> first = store().activity(s.id(), 0, 5);
    List<ActivityEntry> second = store().activity(s.id(), first.get(4).seq(), 5);
    List<ActivityEntry> third = store().activity(s.id(), second.get(4).seq(), 5);

    assertThat(all).hasSize(12);
    assertThat(first).containsExactlyElementsOf(all.subList(0, 5));
    assertThat(second).containsExactlyElementsOf(all.subList(5, 10));
    assertThat(third).containsExactlyElementsOf(all.subList(10, 12));
    assertThat(store().activity(s.id(), all.get(11).seq(), 5)).isEmpty();
  }

  @Test
  @DisplayName("a reader paging on from the last seq it saw misses nothing while four threads append")
  void readerMissesNothing() {
    Session s = insert();
    AtomicBoolean writing = new AtomicBoolean(true);
    Callable<List<ActivityEntry>> reader = () -> readWhile(s.id(), writing);
    Callable<List<ActivityEntry>> writers = () -> {
      try {
        return appendFromThreads(s.id(), 4, 100);
      } finally {
        writing.set(false);
      }
    };

    List<Outcome<List<ActivityEntry>>> outcomes = Concurrently.run(List.of(reader, writers));

    assertThat(outcomes).allMatch(Outcome::succeeded);
    List<ActivityEntry> stored = store().activity(s.id(), 0, ALL);
    assertThat(stored).hasSize(400).extracting(ActivityEntry::seq).isSorted().doesNotHaveDuplicates();
    assertThat(outcomes.get(0).value()).containsExactlyElementsOf(stored);
  }

  @Test
  @DisplayName("appendActivity for a session that is not stored throws NotFoundException and appends nothing")
  void appendToUnknown() {
    String id = unique("act");

    assertThatThrownBy(() -> store().appendActivity(activity(id, 1, "download")))
        .isInstanceOf(NotFoundException.class);
    assertThat(store().activity(id, 0, ALL)).isEmpty();
  }

  @Test
  @DisplayName("of a session that is not stored: an empty list")
  void unknownSession() {
    assertThat(store().activity(unique("act"), 0, ALL)).isEmpty();
  }

  private Session insert() {
    Session s = aSession(unique("act"), "ann").build();
    store().insert(insertOf(s));
    return s;
  }

  /** Appends {@code count} entries from each of {@code threads} threads at once; returns them all. */
  private List<ActivityEntry> appendFromThreads(String sessionId, int threads, int count) {
    List<Callable<List<ActivityEntry>>> writers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      String writer = "writer " + w;
      writers.add(() -> {
        List<ActivityEntry> appended = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          appended.add(store().appendActivity(activity(sessionId, 1, writer + " #" + i)));
        }
        return appended;
      });
    }
    List<ActivityEntry> all = new ArrayList<>();
    for (Outcome<List<ActivityEntry>> o : Concurrently.run(writers)) {
      if (!o.succeeded()) {
        throw new AssertionError("an append failed", o.error());
      }
      all.addAll(Objects.requireNonNull(o.value()));
    }
    return all;
  }

  /**
   * Reads on from the last seq seen, pass after pass, until a pass that began after the writers
   * were done has read everything.
   */
  private List<ActivityEntry> readWhile(String sessionId, AtomicBoolean writing) {
    List<ActivityEntry> seen = new ArrayList<>();
    boolean finalPass;
    do {
      finalPass = !writing.get();
      long after = seen.isEmpty() ? 0 : seen.get(seen.size() - 1).seq();
      seen.addAll(Pages.readAll(7, ALL, last -> store().activity(sessionId, last == null ? after : last.seq(), 7)));
    } while (!finalPass);
    return seen;
  }
}
