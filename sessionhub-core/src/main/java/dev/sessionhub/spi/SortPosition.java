package dev.sessionhub.spi;

import dev.sessionhub.model.Session;
import dev.sessionhub.model.SortKey;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a page ends: the sort value and id of its last session. The value's type follows the
 * sort key: {@link Instant} for UPDATED and CREATED, {@link Integer} (the priority's ordinal)
 * for PRIORITY, {@link Double} for PROGRESS, {@link String} (the lower-cased name) for NAME.
 *
 * @param key the sort key
 * @param value the sort value of the last session
 * @param id the id of the last session
 */
public record SortPosition(SortKey key, Object value, String id) {

  /** Checks the value's type matches the key. */
  public SortPosition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(id, "id");
    Class<?> expected = valueType(key);
    if (!expected.isInstance(value)) {
      throw new IllegalArgumentException("sort " + key + " needs a " + expected.getSimpleName()
          + " value, not " + value.getClass().getSimpleName());
    }
  }

  /** The position of a session in an order by {@code key}. */
  public static SortPosition of(SortKey key, Session s) {
    return new SortPosition(key, sortValue(key, s), s.id());
  }

  /** The value a session sorts by under {@code key}. */
  public static Comparable<?> sortValue(SortKey key, Session s) {
    return switch (key) {
      case UPDATED -> s.updatedAt();
      case CREATED -> s.createdAt();
      case PRIORITY -> s.priority().ordinal();
      case PROGRESS -> s.progress();
      case NAME -> nameKey(s.name());
    };
  }

  /** The name as NAME sorts it: lower-cased with {@code Locale.ROOT}. */
  public static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The Java type of sort values for {@code key}. */
  public static Class<?> valueType(SortKey key) {
    return switch (key) {
      case UPDATED, CREATED -> Instant.class;
      case PRIORITY -> Integer.class;
      case PROGRESS -> Double.class;
      case NAME -> String.class;
    };
  }
}
