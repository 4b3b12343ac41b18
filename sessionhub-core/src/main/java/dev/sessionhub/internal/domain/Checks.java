package dev.sessionhub.internal.domain;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.model.CustomValues;
import dev.sessionhub.model.Limits;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one validation vocabulary of core: every rule on lengths, counts, ids, keys and characters,
 * worded once, and a collector of violations that throws them together. The facade's inputs, the
 * whole-snapshot validator, imports, templates and the content-store guard all use it, so a rule
 * reads the same wherever it is broken. Limits come from {@link Limits}.
 *
 * <p>Texts: a text is refused when it holds the NUL character or an unpaired UTF-16 surrogate,
 * which PostgreSQL and MariaDB ({@code utf8mb4}) cannot store exactly. Ids: 1 to
 * {@link Limits#ID_MAX} of {@code [A-Za-z0-9_-]}. User ids: texts of 1 to
 * {@link Limits#USER_ID_MAX} characters.
 *
 * <p>An instance collects violations and is not thread-safe; the static rules are.
 */
public final class Checks {

  private static final String NOT_NULL = "must not be null";
  private static final String ID_RULE = "must be an id: 1 to " + Limits.ID_MAX + " letters, digits, '_' or '-'";

  private final List<Violation> violations = new ArrayList<>();

  // ---- rules ---------------------------------------------------------------------------------

  /** Whether {@code id} is 1 to {@link Limits#ID_MAX} of {@code [A-Za-z0-9_-]}; a loop, not a regex. */
  public static boolean isId(@Nullable String id) {
    if (id == null) {
      return false;
    }
    int n = id.length();
    if (n == 0 || n > Limits.ID_MAX) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char ch = id.charAt(i);
      boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String idProblem(@Nullable String id) {
    return id == null ? NOT_NULL : id.isBlank() ? "must not be blank" : ID_RULE;
  }

  /** Whether {@code hash} is a SHA-256 as content is addressed by it: 64 lower-case hex digits. */
  public static boolean isSha256(@Nullable String hash) {
    if (hash == null || hash.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char ch = hash.charAt(i);
      if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why a text cannot be stored exactly (a NUL character, an unpaired UTF-16 surrogate), or
   * {@code null} when it can. One pass, no allocation for a good text.
   */
  public static @Nullable String textProblem(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char ch = text.charAt(i);
      if (ch == '\u0000') {
        return "must not contain the NUL character (U+0000)";
      }
      if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(ch)) {
        return "must not contain an unpaired UTF-16 surrogate (at index " + i + ")";
      }
    }
    return null;
  }

  /** Whether {@code text} passes {@link #required}: present, not blank, at most {@code max}, storable. */
  public static boolean isText(@Nullable String text, int max) {
    return text != null && !text.isBlank() && text.length() <= max && textProblem(text) == null;
  }

  /** Whether {@code userId} passes {@link #user}. */
  public static boolean isUser(@Nullable String userId) {
    return isText(userId, Limits.USER_ID_MAX);
  }

  // ---- one-shot checks for the facade's arguments ----------------------------------------------

  /** An id argument, or a {@link ValidationException} naming it. */
  public static String requireId(String path, @Nullable String id) {
    if (!isId(id)) {
      throw ValidationException.of(path, idProblem(id));
    }
    return id;
  }

  /** An optional id argument: {@code null} or an id. */
  public static @Nullable String optionalId(String path, @Nullable String id) {
    return id == null ? null : requireId(path, id);
  }

  /** A user id argument (the actor, a member), or a {@link ValidationException} naming it. */
  public static String requireUser(String path, @Nullable String userId) {
    new Checks().user(path, userId).throwIfAny();
    return userId;
  }

  /** A required text argument, or a {@link ValidationException} naming it. */
  public static String requireText(String path, @Nullable String value, int max) {
    new Checks().required(path, value, max).throwIfAny();
    return value;
  }

  /** A list argument with no null element, copied; or a {@link ValidationException} naming it. */
  public static <T> List<T> requireList(String path, @Nullable List<T> list) {
    new Checks().elements(path, list).throwIfAny();
    return List.copyOf(list);
  }

  /** A map argument with no null key or value, copied; or a {@link ValidationException} naming the entry. */
  public static <K, V> Map<K, V> requireMap(String path, @Nullable Map<K, V> map) {
    if (map == null) {
      throw ValidationException.of(path, NOT_NULL);
    }
    Checks c = new Checks();
    map.forEach((k, v) -> c.check(k != null && v != null, path + "." + k, NOT_NULL));
    c.throwIfAny();
    return Map.copyOf(map);
  }

  /**
   * Refuses a negative {@code limit} handed to a store: misuse of the port, not an input rule, so
   * an {@link IllegalArgumentException}.
   */
  public static void limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
  }

  // ---- collected checks ------------------------------------------------------------------------

  /** A required text: present, not blank, at most {@code max} characters, storable. */
  public Checks required(String path, @Nullable String value, int max) {
    if (value == null) {
      return fail(path, NOT_NULL);
    }
    if (value.isBlank()) {
      return fail(path, "must not be blank");
    }
    return optional(path, value, max);
  }

  /** An optional text: at most {@code max} characters and storable when present. */
  public Checks optional(String path, @Nullable String value, int max) {
    if (value == null) {
      return this;
    }
    if (value.length() > max) {
      return fail(path, "must be at most " + max + " characters, was " + value.length());
    }
    String problem = textProblem(value);
    return problem == null ? this : fail(path, problem);
  }

  /** A user id: a required text of at most {@link Limits#USER_ID_MAX} characters. */
  public Checks user(String path, @Nullable String userId) {
    return required(path, userId, Limits.USER_ID_MAX);
  }

  /** An id: 1 to {@link Limits#ID_MAX} of {@code [A-Za-z0-9_-]}. */
  public Checks id(String path, @Nullable String id) {
    return isId(id) ? this : fail(path, idProblem(id));
  }

  /** A SHA-256 of content: 64 lower-case hex digits. */
  public Checks sha256(String path, @Nullable String hash) {
    return isSha256(hash) ? this : fail(path, "must be a SHA-256: 64 lower-case hex digits");
  }

  /** At most {@code max} items. */
  public Checks count(String path, int size, int max) {
    return size <= max ? this : fail(path, "must have at most " + max + " items, had " + size);
  }

  /** A list that is present and holds no null element (reported at {@code path[i]}). */
  public Checks elements(String path, @Nullable List<?> values) {
    if (values == null) {
      return fail(path, NOT_NULL);
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        fail(path + "[" + i + "]", NOT_NULL);
      }
    }
    return this;
  }

  /** A list of required texts, at most {@code maxItems} of them. */
  public Checks texts(String path, @Nullable List<String> values, int maxItems, int maxEach) {
    if (values == null) {
      return fail(path, NOT_NULL);
    }
    count(path, values.size(), maxItems);
    for (int i = 0; i < values.size(); i++) {
      required(path + "[" + i + "]", values.get(i), maxEach);
    }
    return this;
  }

  /** A list of ids, each an id. */
  public Checks ids(String path, @Nullable List<String> values) {
    if (values == null) {
      return fail(path, NOT_NULL);
    }
    for (int i = 0; i < values.size(); i++) {
      id(path + "[" + i + "]", values.get(i));
    }
    return this;
  }

  /** An optional duration: positive and at most {@link Limits#DURATION_MAX} when present. */
  public Checks duration(String path, @Nullable Duration value) {
    if (value != null && (value.isNegative() || value.isZero())) {
      fail(path, "must be positive, was " + value);
    } else if (value != null && value.compareTo(Limits.DURATION_MAX) > 0) {
      fail(path, "must be at most " + Limits.DURATION_MAX.toDays() + " days, was " + value);
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

  /** A file name: a required text of at most {@link Limits#ATTACHMENT_NAME_MAX}, no directories, no control characters. */
  public Checks fileName(String path, @Nullable String name) {
    int before = violations.size();
    required(path, name, Limits.ATTACHMENT_NAME_MAX);
    if (violations.size() > before) {
      return this;
    }
    check(name.indexOf('/') < 0 && name.indexOf('\\') < 0, path, "must be a file name without directories");
    check(!name.equals(".") && !name.startsWith(".."), path, "must not be a relative path");
    return check(name.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7f), path, "must not contain control characters");
  }

  /**
   * Free-form values (custom fields): JSON-compatible (see {@link CustomValues}), nested at most
   * {@code maxDepth} levels, keys of the outer object 1 to {@link Limits#CUSTOM_FIELD_KEY_MAX}
   * characters, and every key and string storable. Walked without recursion.
   */
  public Checks freeForm(String path, @Nullable Map<String, ?> values, int maxDepth) {
    if (values == null) {
      return fail(path, NOT_NULL);
    }
    int depth = CustomValues.depth(values);
    if (depth > maxDepth) {
      return fail(path, "must be nested at most " + maxDepth + " levels deep");
    }
    for (Object key : values.keySet()) {
      boolean ok = key instanceof String k && !k.isBlank() && k.length() <= Limits.CUSTOM_FIELD_KEY_MAX;
      check(ok, path + "." + key, "keys must be 1 to " + Limits.CUSTOM_FIELD_KEY_MAX + " characters");
    }
    String unstorable = unstorableText(values);
    if (unstorable != null) {
      return fail(path, unstorable);
    }
    String problem = CustomValues.firstProblem(values);
    return problem == null ? this : fail(path, problem);
  }

  /** The problem of the first key or string among free-form values that cannot be stored, if any. */
  private static @Nullable String unstorableText(Map<String, ?> values) {
    Deque<Object> pending = new ArrayDeque<>();
    pending.push(values);
    while (!pending.isEmpty()) {
      Object v = pending.pop();
      if (v instanceof Map<?, ?> m) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (e.getKey() instanceof String key && textProblem(key) != null) {
            return "key " + quote(key) + " " + textProblem(key);
          }
          push(pending, e.getValue());
        }
      } else if (v instanceof Collection<?> c) {
        c.forEach(item -> push(pending, item));
      } else if (v instanceof String s && textProblem(s) != null) {
        return "a value " + textProblem(s);
      }
    }
    return null;
  }

  private static void push(Deque<Object> pending, @Nullable Object v) {
    if (v != null) {
      pending.push(v);
    }
  }

  private static String quote(String key) {
    return "'" + (key.length() <= 40 ? key : key.substring(0, 40) + "...") + "'";
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
