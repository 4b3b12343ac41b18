package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads paged sequences to their end. Each read is bounded, so a store that keeps returning the
 * same page fails the test instead of hanging it.
 */
final class Pages {

  private Pages() {}

  /**
   * Every item of a keyset-paged sequence: {@code pageAfter} gets the last item read so far
   * ({@code null} for the first page) and returns at most {@code pageSize} items; a shorter page
   * is the last.
   *
   * @param bound more items than the sequence can hold; reading more fails the test
   */
  static <T> List<T> readAll(int pageSize, int bound, Function<@Nullable T, List<T>> pageAfter) {
    List<T> all = new ArrayList<>();
    @Nullable T last = null;
    List<T> page;
    do {
      page = pageAfter.apply(last);
      assertThat(page).as("a page of at most %d", pageSize).hasSizeLessThanOrEqualTo(pageSize);
      all.addAll(page);
      assertThat(all).as("items read so far (is a page repeated?)").hasSizeLessThanOrEqualTo(bound);
      last = page.isEmpty() ? last : page.get(page.size() - 1);
    } while (page.size() == pageSize);
    return all;
  }

  /** Every item of a facade read paged by cursor, following {@code nextCursor} to the end. */
  static <T> List<T> readAll(int bound, Function<@Nullable String, Page<T>> pageAt) {
    List<T> all = new ArrayList<>();
    @Nullable String cursor = null;
    do {
      Page<T> page = pageAt.apply(cursor);
      all.addAll(page.items());
      assertThat(all).as("items read so far (is a page repeated?)").hasSizeLessThanOrEqualTo(bound);
      cursor = page.nextCursor();
    } while (cursor != null);
    return all;
  }
}
