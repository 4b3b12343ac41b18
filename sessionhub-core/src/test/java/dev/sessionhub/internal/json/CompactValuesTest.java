package dev.sessionhub.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.model.CustomValues;
import dev.sessionhub.testing.NestedMaps;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CompactValues")
class CompactValuesTest {

  @Test
  @DisplayName("writes compact JSON, keeping the order of fields")
  void compact() {
    Map<String, Object> delta = new LinkedHashMap<>();
    delta.put("goals", Map.of("added", List.of("g1")));
    delta.put("commentCount", 3);
    delta.put("url", "a/b");

    assertThat(new String(CompactValues.write(delta), StandardCharsets.UTF_8))
        .isEqualTo("{\"goals\":{\"added\":[\"g1\"]},\"commentCount\":3,\"url\":\"a/b\"}");
  }

  @Test
  @DisplayName("reads back values equal to those written, number types and field order included")
  void roundTrip() {
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    values.put("z", "last name first");
    values.put("texts", List.of("äöü €", "emoji \uD83D\uDE00", "lone high \uD800 here", "lone low \uDC00", "",
        "quote \" backslash \\ newline \n tab \t nul-free \u0001"));
    values.put("longs", List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L));
    values.put("ints", List.of(7, (short) 8, (byte) 9));
    values.put("doubles", List.of(-0.0, 0.0, 1.0, 0.1, 1e20, 1e300, -1e-300, Double.MIN_VALUE, Double.MAX_VALUE, 2.5f));
    values.put("flags", List.of(true, false));
    values.put("nothing", null);
    values.put("nested", Map.of("empty map", Map.of(), "empty list", List.of(), "list", listWithNull()));
    values.put("a", 1);

    Map<String, @Nullable Object> read = CompactValues.read(CompactValues.write(values));

    assertThat(read).isEqualTo(CustomValues.copyOf(values));
    assertThat(read.keySet()).containsExactly("z", "texts", "longs", "ints", "doubles", "flags", "nothing", "nested", "a");
    assertThat((List<?>) read.get("doubles")).hasOnlyElementsOfType(Double.class).first()
        .satisfies(d -> assertThat(Double.doubleToRawLongBits((Double) d)).isEqualTo(Double.doubleToRawLongBits(-0.0)));
    assertThat(read.get("ints")).isEqualTo(List.of(7L, 8L, 9L));
  }

  @Test
  @DisplayName("reads back names and strings longer than JsonCodec accepts from outside")
  void longNamesAndStrings() {
    String name = "n".repeat(60_000);
    String text = "t".repeat(200_000);
    Map<String, Object> values = Map.of(name, text);

    assertThat(CompactValues.read(CompactValues.write(values))).isEqualTo(values);
  }

  @Test
  @DisplayName("rejects values nested deeper than it writes (5,000 levels too), and values that are not JSON")
  void rejects() {
    Map<String, Object> deep = NestedMaps.ofDepth(5_000);

    assertThatThrownBy(() -> CompactValues.write(deep)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nested at most " + CompactValues.MAX_DEPTH);
    assertThatThrownBy(() -> CompactValues.write(Map.of("when", new Object())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("when");
  }

  @Test
  @DisplayName("the deepest values it writes, it reads back: one limit on both sides")
  void depthLimitIsTheSameBothWays() {
    Map<String, Object> deepest = NestedMaps.ofDepth(CompactValues.MAX_DEPTH - 1);

    assertThat(CompactValues.read(CompactValues.write(deepest))).isEqualTo(deepest);
    assertThatThrownBy(() -> CompactValues.write(NestedMaps.ofDepth(CompactValues.MAX_DEPTH)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<@Nullable Object> listWithNull() {
    List<@Nullable Object> list = new ArrayList<>(Arrays.asList("x", null, 2L));
    list.add(Map.of("k", List.of(List.of())));
    return list;
  }
}
