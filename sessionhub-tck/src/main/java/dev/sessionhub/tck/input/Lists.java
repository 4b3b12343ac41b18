package dev.sessionhub.tck.input;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/** jqwik generators of list arguments with a null element at a random place. Stateless. */
public final class Lists {

  private Lists() {}

  /** Lists of 0 to 4 elements of {@code elements} with one {@code null} inserted at a random place. */
  public static <T> Arbitrary<List<@Nullable T>> withNull(Arbitrary<T> elements) {
    return Combinators.combine(elements.list().ofMaxSize(4), Arbitraries.integers().between(0, 4)).as((list, at) -> {
      List<@Nullable T> copy = new ArrayList<>(list);
      copy.add(Math.min(at, copy.size()), null);
      return copy;
    });
  }
}
