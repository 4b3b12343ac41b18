package dev.sessionhub.tck.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * jqwik generators of free-form values (custom fields) and JSON: ordinary values, values with an
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
  public static Arbitrary<Map<String, @Nullable Object>> deep() {
    return Arbitraries.oneOf(Arbitraries.integers().between(30, 34), Arbitraries.of(65, 500, 5_000))
        .map(FreeForm::nested);
  }

  /** Ordinary JSON-compatible values: strings, longs, doubles, booleans, nulls, lists and maps. */
  public static Arbitrary<Map<String, @Nullable Object>> ordinary() {
    Arbitrary<@Nullable Object> scalar = Arbitraries.oneOf(Texts.storable(60).map(s -> (Object) s),
        Arbitraries.longs().map(l -> (Object) l), Arbitraries.doubles().between(-1e12, 1e12).map(d -> (Object) d),
        Arbitraries.of(true, false).map(b -> (Object) b), Arbitraries.just(null));
    Arbitrary<@Nullable Object> list = scalar.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
    return Combinators.combine(Texts.storable(30).list().ofMaxSize(5), Arbitraries.oneOf(scalar, list).list().ofMaxSize(5))
        .as(FreeForm::zip);
  }

  /** Values with an unstorable key or string somewhere inside. */
  public static Arbitrary<Map<String, @Nullable Object>> unstorable() {
    return Combinators.combine(ordinary(), Texts.unstorable(), Arbitraries.integers().between(0, 2)).as((m, bad, where) -> {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>(m);
      switch (where) {
        case 0 -> copy.put(bad, 1L);
        case 1 -> copy.put("k", bad);
        default -> copy.put("k", List.of(Map.of("inner", bad)));
      }
      return copy;
    });
  }

  /** Mostly ordinary, else unstorable or deep values. */
  public static Arbitrary<Map<String, @Nullable Object>> any() {
    return Arbitraries.frequencyOf(Tuple.of(8, ordinary()), Tuple.of(1, unstorable()), Tuple.of(1, deep()));
  }

  private static Map<String, @Nullable Object> zip(List<String> keys, List<@Nullable Object> values) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
      m.put(keys.get(i).length() > 100 ? keys.get(i).substring(0, 100) : keys.get(i), values.get(i));
    }
    return m;
  }
}
