package dev.sessionhub.internal.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Free-form JSON values (custom fields, activity deltas) to and from Java: integral numbers are
 * read as {@link Long}, other numbers as {@link Double}, objects as maps keeping their order.
 */
final class CustomJson {

  private CustomJson() {}

  /**
   * Writes a value already normalized by {@code CustomValues.copyOf}.
   *
   * @throws IllegalArgumentException for any other kind of value
   */
  static void write(JsonGenerator g, @Nullable Object v) {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Long l) {
      g.writeNumber(l.longValue());
    } else if (v instanceof Double d) {
      g.writeNumber(d.doubleValue());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Map<?, ?> m) {
      writeObject(g, m);
    } else if (v instanceof List<?> l) {
      writeArray(g, l);
    } else {
      throw new IllegalArgumentException("not a normalized JSON value: " + v.getClass().getName());
    }
  }

  static void writeObject(JsonGenerator g, Map<?, ?> m) {
    g.writeStartObject();
    for (Entry<?, ?> e : m.entrySet()) {
      g.writeName((String) e.getKey());
      write(g, e.getValue());
    }
    g.writeEndObject();
  }

  private static void writeArray(JsonGenerator g, List<?> l) {
    g.writeStartArray();
    for (Object item : l) {
      write(g, item);
    }
    g.writeEndArray();
  }

  /**
   * The fields of a JSON object as a mutable map; bad values are reported at their paths (with
   * {@code path} as prefix) and left out, and so are objects and arrays nested deeper than
   * {@code maxDepth} levels (the object itself being level 1). The recursion is bounded by the
   * parser's own nesting limit, and stops at {@code maxDepth}.
   */
  static Map<String, @Nullable Object> readObject(JsonNode n, String path, Problems problems, int maxDepth) {
    return readObject(n, path, problems, 1, maxDepth);
  }

  private static Map<String, @Nullable Object> readObject(JsonNode n, String path, Problems problems, int level,
      int maxDepth) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>(Math.max(4, n.size() * 2));
    for (Entry<String, JsonNode> e : n.properties()) {
      String key = e.getKey();
      map.put(key, read(e.getValue(), path.isEmpty() ? key : path + "." + key, problems, level, maxDepth));
    }
    return map;
  }

  private static @Nullable Object read(JsonNode n, String path, Problems problems, int level, int maxDepth) {
    if (n.isContainer() && level >= maxDepth) {
      problems.add(path, "must be nested at most " + maxDepth + " levels deep");
      return null;
    }
    switch (n.getNodeType()) {
      case NULL:
        return null;
      case STRING:
        return n.stringValue();
      case BOOLEAN:
        return n.booleanValue();
      case NUMBER:
        return number(n, path, problems);
      case OBJECT:
        return readObject(n, path, problems, level + 1, maxDepth);
      case ARRAY:
        List<@Nullable Object> list = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
          list.add(read(n.get(i), path + "[" + i + "]", problems, level + 1, maxDepth));
        }
        return list;
      default:
        problems.add(path, "expected a JSON value but got " + JsonValues.describe(n));
        return null;
    }
  }

  private static @Nullable Object number(JsonNode n, String path, Problems problems) {
    if (n.isIntegralNumber()) {
      if (n.canConvertToLong()) {
        return n.longValue();
      }
      problems.add(path, "integers must fit in 64 bits but got " + n);
      return null;
    }
    double d = n.doubleValue();
    if (!Double.isFinite(d)) {
      problems.add(path, "number is beyond the range of a double");
      return null;
    }
    return d;
  }
}
