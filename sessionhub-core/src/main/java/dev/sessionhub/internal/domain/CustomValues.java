package dev.sessionhub.internal.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Deep, unmodifiable copies of JSON-compatible values, normalized so that they compare equal
 * after a JSON round trip: integral numbers become {@link Long}, other numbers {@link Double}.
 */
public final class CustomValues {

  private CustomValues() {}

  /** A normalized unmodifiable copy; throws {@link IllegalArgumentException} naming a bad value's path. */
  public static Map<String, @Nullable Object> copyOf(Map<String, ? extends @Nullable Object> map) {
    return copyMap(map, "");
  }

  /** The path of the first value that is not JSON-compatible, or {@code null} if all are. */
  public static @Nullable String firstProblem(Map<String, ? extends @Nullable Object> map) {
    try {
      copyMap(map, "");
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
