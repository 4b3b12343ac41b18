package dev.sessionhub.internal.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private static Map<String, @Nullable Object> copyMap(Map<?, ? extends @Nullable Object> map, String path) {
    if (map.isEmpty()) {
      return Map.of();
    }
    LinkedHashMap<String, @Nullable Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
    for (Map.Entry<?, ? extends @Nullable Object> e : map.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new IllegalArgumentException(path + ": map keys must be strings");
      }
      copy.put(key, copyValue(e.getValue(), path.isEmpty() ? key : path + "." + key));
    }
    return Collections.unmodifiableMap(copy);
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
    if (v instanceof List<?> l) {
      List<@Nullable Object> copy = new ArrayList<>(l.size());
      for (int i = 0; i < l.size(); i++) {
        copy.add(copyValue(l.get(i), path + "[" + i + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(path + ": " + v.getClass().getSimpleName()
        + " is not a JSON value (use null, Boolean, String, a number, List or Map)");
  }
}
