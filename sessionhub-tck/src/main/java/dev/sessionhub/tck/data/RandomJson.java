package dev.sessionhub.tck.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Random custom-field values, already in the model's normalized form (Long, Double, unmodifiable
 * order-keeping maps): nested objects and arrays, nulls, extreme longs and awkward doubles.
 */
final class RandomJson {

  /** Keys in several scripts; none empty, none with '.' or a leading '$', which some stores reserve. */
  private static final List<String> KEYS = List.of(
      "priorityScore", "ticket", "ключ", "キー", "with space", "emoji🔑", "snake_case", "a-b",
      "nested", "list", "flag", "ratio", "count", "note", "UPPER", "x");
  private static final List<Long> LONGS = List.of(
      0L, 1L, -1L, 42L, Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1, -9_007_199_254_740_993L);
  private static final List<Double> DOUBLES = List.of(
      0.5, -0.25, 3.141592653589793, -1.0E-7, 1.0E300, -2.5E-300, Double.MIN_VALUE, Double.MAX_VALUE,
      2.0, -0.0, 0.1 + 0.2, 1.0E21);
  private static final int MAX_DEPTH = 3;

  private final RandomData data;

  RandomJson(RandomData data) {
    this.data = data;
  }

  /** An object of up to {@code max} fields, empty about a fifth of the time. */
  Map<String, @Nullable Object> object(int max) {
    return object(max, 0);
  }

  private Map<String, @Nullable Object> object(int max, int depth) {
    int n = data.count(max);
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      map.put(data.pick(KEYS) + (data.chance(0.5) ? "" : "_" + i), value(depth + 1));
    }
    return map;
  }

  private @Nullable Object value(int depth) {
    int kinds = depth >= MAX_DEPTH ? 5 : 7;
    return switch (data.between(0, kinds - 1)) {
      case 0 -> null;
      case 1 -> data.chance(0.5);
      case 2 -> data.text(80);
      case 3 -> data.chance(0.5) ? data.pick(LONGS) : data.nextLong();
      case 4 -> data.chance(0.5) ? data.pick(DOUBLES) : (data.nextDouble() - 0.5) * 1.0E6;
      case 5 -> object(4, depth);
      default -> array(depth);
    };
  }

  private List<@Nullable Object> array(int depth) {
    int n = data.between(0, 4);
    List<@Nullable Object> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(value(depth + 1));
    }
    return list;
  }
}
