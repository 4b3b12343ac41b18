package dev.sessionhub.model;

/**
 * What a session query is sorted by. Ties are always broken by session id, in the same
 * direction, so the order is total and keyset pagination is stable.
 */
public enum SortKey {
  /** Last change time (the default, descending). */
  UPDATED,
  /** Creation time. */
  CREATED,
  /** Priority, LOW to CRITICAL ascending. */
  PRIORITY,
  /** Progress percentage. */
  PROGRESS,
  /** Name, lower-cased with {@code Locale.ROOT}, compared by UTF-16 code unit (binary). */
  NAME;

  /**
   * The key with this name, case-insensitive.
   *
   * @throws dev.sessionhub.error.ValidationException naming the valid keys, for an unknown one
   */
  public static SortKey parse(String name) {
    for (SortKey k : values()) {
      if (k.name().equalsIgnoreCase(name)) {
        return k;
      }
    }
    throw dev.sessionhub.error.ValidationException.of("sort",
        "unknown sort key '" + name + "'; use one of " + java.util.Arrays.toString(values()));
  }
}
