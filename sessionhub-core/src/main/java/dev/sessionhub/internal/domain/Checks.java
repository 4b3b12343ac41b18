package dev.sessionhub.internal.domain;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects every violation of an input, then throws them together. Not thread-safe. */
public final class Checks {

  private final List<Violation> violations = new ArrayList<>();

  /** A required text: present, not blank, at most {@code max} characters. */
  public Checks required(String path, @Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      return fail(path, "must not be blank");
    }
    return optional(path, value, max);
  }

  /** An optional text: at most {@code max} characters when present. */
  public Checks optional(String path, @Nullable String value, int max) {
    if (value != null && value.length() > max) {
      fail(path, "must be at most " + max + " characters, was " + value.length());
    } else if (value != null && value.indexOf('\u0000') >= 0) {
      fail(path, "must not contain the NUL character (U+0000)");
    }
    return this;
  }

  /** A list of required texts, at most {@code maxItems} of them. */
  public Checks texts(String path, List<String> values, int maxItems, int maxEach) {
    if (values.size() > maxItems) {
      fail(path, "must have at most " + maxItems + " items, had " + values.size());
    }
    for (int i = 0; i < values.size(); i++) {
      required(path + "[" + i + "]", values.get(i), maxEach);
    }
    return this;
  }

  /** An optional duration: positive and at most {@code max} when present. */
  public Checks duration(String path, @Nullable Duration value, Duration max) {
    if (value != null && (value.isNegative() || value.isZero())) {
      fail(path, "must be positive, was " + value);
    } else if (value != null && value.compareTo(max) > 0) {
      fail(path, "must be at most " + max + ", was " + value);
    }
    return this;
  }

  /** An integer in [min, max]. */
  public Checks range(String path, long value, long min, long max) {
    if (value < min || value > max) {
      fail(path, "must be between " + min + " and " + max + ", was " + value);
    }
    return this;
  }

  /** A rule: records the violation when {@code ok} is false. */
  public Checks check(boolean ok, String path, String message) {
    return ok ? this : fail(path, message);
  }

  /** Records a violation. */
  public Checks fail(String path, String message) {
    violations.add(new Violation(path, message));
    return this;
  }

  /** Adds violations found elsewhere, under a path prefix ("" for none). */
  public Checks addAll(String prefix, List<Violation> found) {
    for (Violation v : found) {
      violations.add(prefix.isEmpty() ? v : new Violation(prefix + "." + v.path(), v.message()));
    }
    return this;
  }

  /** Whether nothing was found so far. */
  public boolean ok() {
    return violations.isEmpty();
  }

  /** Every violation found so far. */
  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  /** Throws a {@link ValidationException} listing every violation, if any. */
  public void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }
}
