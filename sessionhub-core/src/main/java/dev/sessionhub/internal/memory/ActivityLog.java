package dev.sessionhub.internal.memory;

import dev.sessionhub.model.ActivityEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The activity entries of one session in {@code seq} order, immutable: an append returns a new
 * log and leaves this one as it is, so a published log never changes under a reader. Entries are
 * kept packed ({@link PackedEntry}) beside an array of their seqs, and unpacked when read.
 */
final class ActivityLog {

  private static final ActivityLog EMPTY = new ActivityLog(new long[0], new PackedEntry[0]);

  private final long[] seqs;
  private final PackedEntry[] entries;

  private ActivityLog(long[] seqs, PackedEntry[] entries) {
    this.seqs = seqs;
    this.entries = entries;
  }

  static ActivityLog empty() {
    return EMPTY;
  }

  /**
   * This log followed by {@code appended}, numbered in list order.
   *
   * @param seqs gives each appended entry its seq, which must exceed every seq held
   */
  ActivityLog append(List<PackedEntry> appended, LongSupplier seqs) {
    if (appended.isEmpty()) {
      return this;
    }
    int size = entries.length;
    long[] newSeqs = Arrays.copyOf(this.seqs, size + appended.size());
    PackedEntry[] newEntries = Arrays.copyOf(entries, newSeqs.length);
    for (int i = 0; i < appended.size(); i++) {
      newSeqs[size + i] = seqs.getAsLong();
      newEntries[size + i] = appended.get(i);
    }
    return new ActivityLog(newSeqs, newEntries);
  }

  /** Entries of session {@code sessionId} with {@code seq > afterSeq}, oldest first, at most {@code limit}. */
  List<ActivityEntry> after(String sessionId, long afterSeq, int limit) {
    int from = firstAfter(afterSeq);
    int to = (int) Math.min(entries.length, (long) from + limit);
    List<ActivityEntry> page = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      page.add(entries[i].unpack(seqs[i], sessionId));
    }
    return List.copyOf(page);
  }

  /** The index of the first entry with {@code seq > afterSeq}. */
  private int firstAfter(long afterSeq) {
    int found = Arrays.binarySearch(seqs, afterSeq);
    return found >= 0 ? found + 1 : -found - 1;
  }
}
