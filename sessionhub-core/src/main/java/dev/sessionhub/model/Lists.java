package dev.sessionhub.model;

import dev.sessionhub.error.ValidationException;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Copies of the lists a value is built with: a missing list or a null element is a
 * {@link ValidationException} naming the field ({@code tags[2]}), never a NullPointerException.
 */
final class Lists {

  private Lists() {}

  /** An unmodifiable copy of {@code values}, checked. */
  static <T> List<T> copyOf(String field, @Nullable Collection<T> values) {
    return List.copyOf(checked(field, values));
  }

  /** {@code values} itself, once checked to be present and free of null elements. */
  static <C extends Collection<?>> C checked(String field, @Nullable C values) {
    if (values == null) {
      throw ValidationException.of(field, "must not be null");
    }
    int i = 0;
    for (Object v : values) {
      if (v == null) {
        throw ValidationException.of(field + "[" + i + "]", "must not be null");
      }
      i++;
    }
    return values;
  }
}
