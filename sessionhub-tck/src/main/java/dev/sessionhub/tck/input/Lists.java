package dev.sessionhub.tck.input;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Generators of list arguments with a null element at a random place. Stateless. */
public final class Lists {

  private Lists() {}

  /** Lists of 0 to 4 elements of {@code elements} with one {@code null} inserted at a random place. */
  public static <T> Gen<List<@Nullable T>> withNull(Gen<T> elements) {
    Gen<List<T>> lists = elements.list(0, 4);
    Gen<Integer> places = Gen.ints(0, 4);
    return r -> {
      List<@Nullable T> copy = new ArrayList<>(lists.next(r));
      copy.add(Math.min(places.next(r), copy.size()), null);
      return copy;
    };
  }
}
