package dev.sessionhub.model;

/** Ascending or descending. */
public enum SortDirection {
  /** Smallest first. */
  ASC,
  /** Largest first. */
  DESC;

  /**
   * The direction with this name, case-insensitive.
   *
   * @throws dev.sessionhub.error.ValidationException for anything but ASC or DESC
   */
  public static SortDirection parse(String name) {
    for (SortDirection d : values()) {
      if (d.name().equalsIgnoreCase(name)) {
        return d;
      }
    }
    throw dev.sessionhub.error.ValidationException.of("direction", "unknown direction '" + name + "'; use ASC or DESC");
  }
}
