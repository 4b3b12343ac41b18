package dev.sessionhub.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Free-form values (a session's {@link Session#customFields() custom fields}, an
 * {@link ActivityEntry#delta() activity delta}): deep, unmodifiable copies of JSON-compatible
 * values, normalized so that they compare equal after a JSON round trip: integral numbers become
 * {@link Long}, other numbers {@link Double}. The model and the JSON codec normalize with it, so
 * there is one rule for what a free-form value is.
 *
 * <p>A value nested deeper than {@link #MAX_DEPTH} levels is refused before anything is copied,
 * without recursion, so no caller can exhaust the stack with it. That bound is the model's own;
 * the documented input limit for custom fields is the lower
 * {@link Limits#CUSTOM_FIELDS_DEPTH_MAX}, which the facade checks with every other limit.
 *
 * <p>Stateless and thread-safe.
 */
public final class CustomValues {

  /**
   * Deepest nesting the model holds: 64 levels of objects and arrays, the outer object being level
   * 1. Twice {@link Limits#CUSTOM_FIELDS_DEPTH_MAX}, so the activity log can wrap custom fields.
   */
  public static final int MAX_DEPTH = 2 * Limits.CUSTOM_FIELDS_DEPTH_MAX;

  private CustomValues() {}

  /**
   * A normalized unmodifiable copy.
   *
   * @throws IllegalArgumentException naming the path of a value that is not JSON-compatible, or
   *     of one nested deeper than {@link #MAX_DEPTH}
   */
  public static Map<String, @Nullable Object> copyOf(Map<String, ? extends @Nullable Object> map) {
    if (map instanceof FrozenMap) {
      @SuppressWarnings("unchecked")
      Map<String, @Nullable Object> frozen = (Map<String, @Nullable Object>) map;
      return frozen;
    }
    if (depth(map) > MAX_DEPTH) {
      throw new IllegalArgumentException("free-form values must be nested at most " + MAX_DEPTH + " levels deep");
    }
    return copyMap(map, "");
  }

  /**
   * How deeply the values are nested: 1 for an object of scalars (or an empty one), 2 when one of
   * its values is an object or array of scalars, and so on; {@code MAX_DEPTH + 1} for anything
   * deeper (a map that contains itself included). Computed without recursion, and without
   * descending past that bound, so any input is measured safely.
   */
  public static int depth(Map<String, ? extends @Nullable Object> map) {
    int deepest = 0;
    Deque<Object> pending = new ArrayDeque<>();
    Deque<Integer> levels = new ArrayDeque<>();
    pending.push(map);
    levels.push(1);
    while (!pending.isEmpty()) {
      Object v = pending.pop();
      int level = levels.pop();
      deepest = Math.max(deepest, level);
      if (deepest > MAX_DEPTH) {
        return deepest;
      }
      Collection<?> children = v instanceof Map<?, ?> m ? m.values() : (Collection<?>) v;
      for (Object child : children) {
        if (child instanceof Map<?, ?> || child instanceof List<?>) {
          pending.push(child);
          levels.push(level + 1);
        }
      }
    }
    return deepest;
  }

  /** The path of the first value that is not JSON-compatible, or {@code null} if all are. */
  public static @Nullable String firstProblem(Map<String, ? extends @Nullable Object> map) {
    try {
      copyOf(map);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> copyMap(Map<?, ? extends @Nullable Object> map, String path) {
    if (map instanceof FrozenMap) {
      return (Map<String, @Nullable Object>) map;
    }
    if (map.isEmpty()) {
      return Map.of();
    }
    LinkedHashMap<String, @Nullable Object> copy = new LinkedHashMap<>((int) (map.size() / 0.75f) + 1);
    for (Map.Entry<?, ? extends @Nullable Object> e : map.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new IllegalArgumentException(path + ": map keys must be strings");
      }
      copy.put(key, copyValue(e.getValue(), path.isEmpty() ? key : path + "." + key));
    }
    return new FrozenMap(copy);
  }

  private static @Nullable Object copyValue(@Nullable Object v, String path) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException(path + ": numbers must be finite");
      }
      return d;
    }
    if (v instanceof BigInteger b) {
      if (b.bitLength() > 63) {
        throw new IllegalArgumentException(path + ": integers must fit in 64 bits");
      }
      return b.longValue();
    }
    if (v instanceof BigDecimal b) {
      return copyValue(b.doubleValue(), path);
    }
    if (v instanceof Map<?, ?> m) {
      return copyMap(m, path);
    }
    if (v instanceof FrozenList) {
      return v;
    }
    if (v instanceof List<?> l) {
      if (l.isEmpty()) {
        return List.of();
      }
      @Nullable Object[] copy = new Object[l.size()];
      for (int i = 0; i < copy.length; i++) {
        copy[i] = copyValue(l.get(i), path + "[" + i + "]");
      }
      return new FrozenList(copy);
    }
    throw new IllegalArgumentException(path + ": " + v.getClass().getSimpleName()
        + " is not a JSON value (use null, Boolean, String, a number, List or Map)");
  }

  /**
   * An unmodifiable map this class made, so copying it again is free (snapshots are rebuilt on
   * every change and would otherwise deep-copy their custom fields each time).
   */
  private static final class FrozenMap extends AbstractMap<String, @Nullable Object> {
    private final LinkedHashMap<String, @Nullable Object> map;
    private final Set<Map.Entry<String, @Nullable Object>> entries;

    FrozenMap(LinkedHashMap<String, @Nullable Object> map) {
      this.map = map;
      this.entries = Collections.unmodifiableSet(map.entrySet());
    }

    @Override
    public Set<Map.Entry<String, @Nullable Object>> entrySet() {
      return entries;
    }

    @Override
    public @Nullable Object get(Object key) {
      return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return map.containsKey(key);
    }

    @Override
    public int size() {
      return map.size();
    }
  }

  /** An unmodifiable list this class made, so copying it again is free. */
  private static final class FrozenList extends AbstractList<@Nullable Object> implements RandomAccess {
    private final @Nullable Object[] items;

    FrozenList(@Nullable Object[] items) {
      this.items = items;
    }

    @Override
    public @Nullable Object get(int index) {
      return items[index];
    }

    @Override
    public int size() {
      return items.length;
    }
  }
}
