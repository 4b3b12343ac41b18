package dev.sessionhub.spring.web.internal;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Typed, strict access to one JSON object of a request body: each read names its field, and a
 * missing required field, a value of the wrong type, an unknown enum constant or an unknown field
 * is collected as a violation with its path ({@code goals[2].weight}); {@link #done()} throws
 * them all together. A field given as {@code null} counts as absent. Not thread-safe.
 */
final class Fields {

  private final String prefix;
  private final Map<String, @Nullable Object> values;
  private final List<Violation> violations;
  private final Set<String> read = new HashSet<>();
  private final List<Fields> all;

  private Fields(String prefix, Map<String, @Nullable Object> values, List<Violation> violations, List<Fields> all) {
    this.prefix = prefix;
    this.values = values;
    this.violations = violations;
    this.all = all;
    all.add(this);
  }

  static Fields root(Map<String, @Nullable Object> values) {
    return new Fields("", values, new ArrayList<>(), new ArrayList<>());
  }

  String path(String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }

  void fail(String path, String message) {
    violations.add(new Violation(path, message));
  }

  /** Whether the field is given (not null); counts as reading it. */
  boolean has(String name) {
    return raw(name) != null;
  }

  private @Nullable Object raw(String name) {
    read.add(name);
    return values.get(name);
  }

  private <T> @Nullable T typed(String name, Class<T> type, String what) {
    Object v = raw(name);
    if (v == null) {
      return null;
    }
    if (!type.isInstance(v)) {
      fail(path(name), "must be " + what);
      return null;
    }
    return type.cast(v);
  }

  /** A required string; {@code ""} stands in when it is missing (the violation is collected). */
  String text(String name) {
    String v = optText(name);
    if (v == null && !violations.stream().anyMatch(x -> x.path().equals(path(name)))) {
      fail(path(name), "is required");
    }
    return v == null ? "" : v;
  }

  @Nullable String optText(String name) {
    return typed(name, String.class, "a string");
  }

  String text(String name, String otherwise) {
    String v = optText(name);
    return v == null ? otherwise : v;
  }

  @Nullable Boolean optBool(String name) {
    return typed(name, Boolean.class, "true or false");
  }

  @Nullable Integer optInt(String name) {
    Object v = raw(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Long l) || l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      fail(path(name), "must be an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
      return null;
    }
    return l.intValue();
  }

  @Nullable Duration optDuration(String name) {
    String v = optText(name);
    if (v == null) {
      return null;
    }
    try {
      return Duration.parse(v);
    } catch (DateTimeParseException e) {
      fail(path(name), "must be an ISO-8601 duration such as PT2H30M");
      return null;
    }
  }

  <E extends Enum<E>> @Nullable E optEnum(String name, Class<E> type) {
    String v = optText(name);
    return v == null ? null : constant(path(name), v, type);
  }

  <E extends Enum<E>> E enumOf(String name, Class<E> type, E otherwise) {
    E v = optEnum(name, type);
    return v == null ? otherwise : v;
  }

  /** A required enum constant; {@code placeholder} stands in when it is missing or unknown. */
  <E extends Enum<E>> E requiredEnum(String name, Class<E> type, E placeholder) {
    if (!has(name)) {
      raw(name);
      fail(path(name), "is required; use one of " + Arrays.toString(type.getEnumConstants()));
      return placeholder;
    }
    E v = optEnum(name, type);
    return v == null ? placeholder : v;
  }

  <E extends Enum<E>> @Nullable E constant(String path, String value, Class<E> type) {
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(value.toUpperCase(Locale.ROOT))) {
        return c;
      }
    }
    fail(path, "unknown value '" + clip(value) + "'; use one of " + Arrays.toString(type.getEnumConstants()));
    return null;
  }

  /** A list of strings; empty when absent. */
  List<String> strings(String name) {
    List<String> v = optStrings(name);
    return v == null ? List.of() : v;
  }

  @Nullable List<String> optStrings(String name) {
    List<?> list = typed(name, List.class, "an array of strings");
    if (list == null) {
      return null;
    }
    List<String> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof String s) {
        out.add(s);
      } else {
        fail(path(name) + "[" + i + "]", "must be a string");
      }
    }
    return out;
  }

  /** A JSON object of free-form values, as given. */
  @SuppressWarnings("unchecked")
  @Nullable Map<String, @Nullable Object> optObject(String name) {
    return typed(name, Map.class, "an object");
  }

  /** A JSON object whose values are all strings; empty when absent. */
  Map<String, String> stringMap(String name) {
    Map<String, @Nullable Object> m = optObject(name);
    Map<String, String> out = new LinkedHashMap<>();
    if (m != null) {
      m.forEach((k, v) -> {
        if (v instanceof String s) {
          out.put(k, s);
        } else {
          fail(path(name) + "." + k, "must be a string");
        }
      });
    }
    return out;
  }

  /** A nested object read with the same strictness, or {@code null} when absent. */
  @Nullable Fields optFields(String name) {
    Map<String, @Nullable Object> m = optObject(name);
    return m == null ? null : new Fields(path(name), m, violations, all);
  }

  /** An array of objects, each read with the same strictness; empty when absent. */
  List<Fields> objects(String name) {
    List<?> list = typed(name, List.class, "an array of objects");
    if (list == null) {
      return List.of();
    }
    List<Fields> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String p = path(name) + "[" + i + "]";
      if (list.get(i) instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> obj = (Map<String, @Nullable Object>) m;
        out.add(new Fields(p, obj, violations, all));
      } else {
        fail(p, "must be an object");
      }
    }
    return out;
  }

  /** Reports every field not read, here and in nested objects, as unknown; then throws every violation collected. */
  void done() {
    all.forEach(Fields::unknown);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }

  private void unknown() {
    for (String key : values.keySet()) {
      if (!read.contains(key)) {
        fail(path(key), "is not a known field");
      }
    }
  }

  boolean anyViolation() {
    return !violations.isEmpty();
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
