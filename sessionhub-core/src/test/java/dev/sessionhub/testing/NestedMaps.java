package dev.sessionhub.testing;

import java.util.HashMap;
import java.util.Map;

/** Free-form values nested as deep as a test needs, e.g. deeper than JSON is written. */
public final class NestedMaps {

  private NestedMaps() {}

  /** {@code {"x": {"x": ... {}}}} with {@code depth} maps inside the outer one. */
  public static Map<String, Object> ofDepth(int depth) {
    Map<String, Object> outer = new HashMap<>();
    Map<String, Object> inner = outer;
    for (int i = 0; i < depth; i++) {
      Map<String, Object> next = new HashMap<>();
      inner.put("x", next);
      inner = next;
    }
    return outer;
  }
}
