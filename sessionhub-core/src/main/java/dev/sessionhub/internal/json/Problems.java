package dev.sessionhub.internal.json;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations found while reading one document, then throws them all at once. */
final class Problems {

  /** Enough to fix a document; a hostile one should not make us build a huge exception. */
  static final int MAX = 100;

  private final List<Violation> found = new ArrayList<>();
  private final boolean discarding;

  private Problems(boolean discarding) {
    this.discarding = discarding;
  }

  /** A fresh collector for one document. */
  static Problems collecting() {
    return new Problems(false);
  }

  /** A collector that drops everything: for the fields of a value already reported as wrong. */
  static Problems discarding() {
    return new Problems(true);
  }

  void add(String path, String message) {
    if (!discarding && found.size() < MAX) {
      found.add(new Violation(path, message));
    }
  }

  boolean any() {
    return !found.isEmpty();
  }

  /** Throws a {@link ValidationException} with every violation found, if there is any. */
  void throwIfAny() {
    if (any()) {
      throw new ValidationException(found);
    }
  }
}
