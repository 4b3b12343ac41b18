package dev.sessionhub.tck.input;

import static dev.sessionhub.tck.input.Gen.weighted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Generators of free-form values (custom fields) and JSON: ordinary values, values with an
 * unstorable key or string, values nested around the documented depth limit
 * ({@link dev.sessionhub.model.Limits#CUSTOM_FIELDS_DEPTH_MAX}), and values nested thousands of
 * levels deep, as maps and as JSON text, which must be refused without exhausting the stack.
 * Stateless.
 */
public final class FreeForm {

  private FreeForm() {}

  /** Maps nested {@code depth} levels deep: {@code {"x":{"x":...{}}}} with {@code depth} objects in all. */
  public static Map<String, @Nullable Object> nested(int depth) {
    Map<String, @Nullable Object> outer = new LinkedHashMap<>();
    Map<String, @Nullable Object> inner = outer;
    for (int i = 1; i < depth; i++) {
      Map<String, @Nullable Object> next = new LinkedHashMap<>();
      inner.put("x", next);
      inner = next;
    }
    return outer;
  }

  /** JSON text of objects and arrays nested {@code depth} levels deep, about 2 bytes per level. */
  public static String nestedJson(int depth) {
    StringBuilder sb = new StringBuilder(depth * 2 + 8);
    for (int i = 0; i < depth; i++) {
      sb.append(i % 2 == 0 ? "{\"a\":" : "[");
    }
    sb.append("1");
    for (int i = depth - 1; i >= 0; i--) {
      sb.append(i % 2 == 0 ? "}" : "]");
    }
    return sb.toString();
  }

  /** Nested maps of a depth around the documented limit, or thousands of levels deep. */
  public static Gen<Map<String, @Nullable Object>> deep() {
    return Gen.oneOf(Gen.ints(30, 34), Gen.of(65, 500, 5_000))
        .map(FreeForm::nested);
  }

  /** Ordinary JSON-compatible values: strings, longs, doubles, booleans, nulls, lists and maps. */
  public static Gen<Map<String, @Nullable Object>> ordinary() {
    Gen<@Nullable Object> scalar = Gen.oneOf(Texts.storable(60), Gen.longs(), Gen.doubles(-1e12, 1e12), Gen.booleans(),
        r -> null);
    Gen<@Nullable Object> list = scalar.list(0, 4).map(l -> (Object) new ArrayList<>(l));
    Gen<List<String>> keys = Texts.storable(30).list(0, 5);
    Gen<List<@Nullable Object>> values = Gen.<@Nullable Object>oneOf(scalar, list).list(0, 5);
    return r -> zip(keys.next(r), values.next(r));
  }

  /** Values with an unstorable key or string somewhere inside. */
  public static Gen<Map<String, @Nullable Object>> unstorable() {
    Gen<Map<String, @Nullable Object>> ordinary = ordinary();
    Gen<String> unstorable = Texts.unstorable();
    Gen<Integer> places = Gen.ints(0, 2);
    return r -> {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>(ordinary.next(r));
      String bad = unstorable.next(r);
      switch (places.next(r)) {
        case 0 -> copy.put(bad, 1L);
        case 1 -> copy.put("k", bad);
        default -> copy.put("k", List.of(Map.of("inner", bad)));
      }
      return copy;
    };
  }

  /** Mostly ordinary, else unstorable or deep values. */
  public static Gen<Map<String, @Nullable Object>> any() {
    return Gen.frequency(weighted(8, ordinary()), weighted(1, unstorable()), weighted(1, deep()));
  }

  private static Map<String, @Nullable Object> zip(List<String> keys, List<@Nullable Object> values) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
      m.put(keys.get(i).length() > 100 ? keys.get(i).substring(0, 100) : keys.get(i), values.get(i));
    }
    return m;
  }
}
