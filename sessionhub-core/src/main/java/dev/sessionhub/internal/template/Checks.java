package dev.sessionhub.internal.template;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.model.Limits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects violations; the field rules shared by the validator and the instantiator. */
final class Checks {

  static final int KEY_MAX = 64;

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");

  private final List<Violation> found = new ArrayList<>();

  void add(String path, String message) {
    found.add(new Violation(path, message));
  }

  List<Violation> violations() {
    return List.copyOf(found);
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }

  /** Non-blank, at most {@code max} characters. */
  void text(String path, String value, int max) {
    if (value.isBlank()) {
      add(path, "must not be blank");
    }
    maxLength(path, value, max);
  }

  void maxLength(String path, String value, int max) {
    if (value.length() > max) {
      add(path, "must be at most " + max + " characters (is " + value.length() + ")");
    }
  }

  /** An id or goal key: non-blank, at most 64 characters of {@code [A-Za-z0-9_-]}. */
  void key(String path, String value) {
    if (value.isBlank()) {
      add(path, "must not be blank");
      return;
    }
    maxLength(path, value, KEY_MAX);
    if (!KEY.matcher(value).matches()) {
      add(path, "must contain only letters, digits, '-' and '_'");
    }
  }

  /** Positive and at most {@link Limits#DURATION_MAX}. */
  void duration(String path, Duration value) {
    if (value.isNegative() || value.isZero()) {
      add(path, "must be positive");
    } else if (value.compareTo(Limits.DURATION_MAX) > 0) {
      add(path, "must be at most " + Limits.DURATION_MAX.toDays() + " days");
    }
  }

  void count(String path, int size, int max) {
    if (size > max) {
      add(path, "must have at most " + max + " entries (has " + size + ")");
    }
  }

  /** A value filling a placeholder: non-blank, at most {@link Placeholders#VALUE_MAX} characters. */
  void parameterValue(String path, String value) {
    text(path, value, Placeholders.VALUE_MAX);
  }

  /** Every placeholder in {@code text} names a declared parameter. */
  void placeholders(String path, String text, Set<String> declared) {
    for (String name : Placeholders.names(text)) {
      if (!declared.contains(name)) {
        add(path, "uses undeclared parameter '" + name + "'");
      }
    }
  }
}
