package dev.sessionhub.internal.memory;

import static dev.sessionhub.internal.memory.TestSessions.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.CustomValues;
import dev.sessionhub.testing.NestedMaps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ActivityLog and PackedEntry")
class ActivityLogTest {

  @Test
  @DisplayName("give back entries equal to those appended, with the seqs drawn, field order kept")
  void roundTrip() {
    Map<String, @Nullable Object> delta = new LinkedHashMap<>();
    delta.put("goals", Map.of("added", List.of("g1", "g2")));
    delta.put("commentCount", 3);
    delta.put("progress", 0.25);
    delta.put("estimatedDuration", null);
    ActivityEntry changed = entry(2, delta);
    ActivityEntry empty = entry(3, Map.of());
    AtomicLong seqs = new AtomicLong(40);

    ActivityLog log = ActivityLog.empty().append(packed(changed, empty), seqs::incrementAndGet);

    assertThat(log.after("s1", 0, 10)).containsExactly(changed.withSeq(41), empty.withSeq(42));
    assertThat(log.after("s1", 0, 10).get(0).delta().keySet())
        .containsExactly("goals", "commentCount", "progress", "estimatedDuration");
  }

  @Test
  @DisplayName("packs and gives back the deepest delta the model holds")
  void deepest() {
    Map<String, Object> deep = NestedMaps.ofDepth(CustomValues.MAX_DEPTH - 1);
    ActivityEntry e = entry(2, deep);

    assertThat(ActivityLog.empty().append(packed(e), () -> 7).after("s1", 0, 1)).containsExactly(e.withSeq(7));
  }

  @Test
  @DisplayName("pages by seq across gaps, and an append leaves the log it came from as it was")
  void pages() {
    long[] drawn = {3, 8, 9, 20, 31};
    int[] next = {0};
    ActivityLog first = ActivityLog.empty().append(packed(entry(1, Map.of()), entry(2, Map.of())), () -> drawn[next[0]++]);
    ActivityLog all = first.append(packed(entry(3, Map.of()), entry(4, Map.of()), entry(5, Map.of())),
        () -> drawn[next[0]++]);

    assertThat(seqs(all.after("s1", 0, 2))).containsExactly(3L, 8L);
    assertThat(seqs(all.after("s1", 8, 2))).containsExactly(9L, 20L);
    assertThat(seqs(all.after("s1", 10, Integer.MAX_VALUE))).containsExactly(20L, 31L);
    assertThat(all.after("s1", 31, 5)).isEmpty();
    assertThat(all.after("s1", 0, 0)).isEmpty();
    assertThat(seqs(first.after("s1", 0, 10))).containsExactly(3L, 8L);
  }

  private static ActivityEntry entry(long version, Map<String, ? extends @Nullable Object> delta) {
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> d = (Map<String, @Nullable Object>) delta;
    return new ActivityEntry(0, "s1", version, "ann", "goal.add", T0.plusSeconds(version), d);
  }

  private static List<PackedEntry> packed(ActivityEntry... entries) {
    return List.of(entries).stream().map(PackedEntry::of).toList();
  }

  private static List<Long> seqs(List<ActivityEntry> entries) {
    return entries.stream().map(ActivityEntry::seq).toList();
  }
}
