package dev.sessionhub.internal.memory;

import dev.sessionhub.model.ActivityEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The activity entries of one session in {@code seq} order, immutable: an append returns a new
 * log and leaves this one as it is, so a published log never changes under a reader.
 */
final class ActivityLog {

  private static final ActivityLog EMPTY = new ActivityLog(List.of());

  private final List<ActivityEntry> entries;

  private ActivityLog(List<ActivityEntry> entries) {
    this.entries = entries;
  }

  static ActivityLog empty() {
    return EMPTY;
  }

  /** This log followed by {@code appended}, whose seqs must exceed every seq held. */
  ActivityLog append(List<ActivityEntry> appended) {
    if (appended.isEmpty()) {
      return this;
    }
    List<ActivityEntry> all = new ArrayList<>(entries.size() + appended.size());
    all.addAll(entries);
    all.addAll(appended);
    return new ActivityLog(Collections.unmodifiableList(all));
  }

  /** Entries with {@code seq > afterSeq}, oldest first, at most {@code limit}. */
  List<ActivityEntry> after(long afterSeq, int limit) {
    int from = firstAfter(afterSeq);
    int to = (int) Math.min(entries.size(), (long) from + limit);
    return List.copyOf(entries.subList(from, to));
  }

  /** The index of the first entry with {@code seq > afterSeq}: a binary search. */
  private int firstAfter(long afterSeq) {
    int low = 0;
    int high = entries.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (entries.get(mid).seq() <= afterSeq) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
