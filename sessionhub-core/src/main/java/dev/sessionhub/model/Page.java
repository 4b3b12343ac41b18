package dev.sessionhub.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of results and the opaque cursor for the next, if there is one.
 *
 * @param items the results on this page, in order
 * @param nextCursor pass it back to read the next page; {@code null} on the last page
 * @param <T> what is listed
 */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

  /** Copies the list. */
  public Page {
    items = List.copyOf(items);
  }

  /** The cursor of the next page, if there is one. */
  public Optional<String> next() {
    return Optional.ofNullable(nextCursor);
  }

  /** Whether another page follows. */
  public boolean hasNext() {
    return nextCursor != null;
  }
}
