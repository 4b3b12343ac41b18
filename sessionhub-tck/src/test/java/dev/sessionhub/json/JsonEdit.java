package dev.sessionhub.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tampers with a JSON document at a path in the {@code goals[3].status} form, for tests of what
 * the reader accepts and rejects.
 */
final class JsonEdit {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

  private final ObjectNode root;

  private JsonEdit(ObjectNode root) {
    this.root = root;
  }

  static JsonEdit of(String json) {
    return new JsonEdit((ObjectNode) MAPPER.readTree(json));
  }

  /**
   * Sets the value at {@code path} to the JSON text {@code rawJson}, adding the field if absent,
   * or the array item if the index is the array's size.
   */
  JsonEdit set(String path, String rawJson) {
    JsonNode value = MAPPER.readTree(rawJson);
    Target t = target(path);
    if (t.name != null) {
      ((ObjectNode) t.container).set(t.name, value);
    } else if (t.index == t.container.size()) {
      ((ArrayNode) t.container).add(value);
    } else {
      ((ArrayNode) t.container).set(t.index, value);
    }
    return this;
  }

  /** Removes the field at {@code path}. */
  JsonEdit remove(String path) {
    Target t = target(path);
    ((ObjectNode) t.container).remove(t.name);
    return this;
  }

  String json() {
    return MAPPER.writeValueAsString(root);
  }

  private Target target(String path) {
    Matcher m = SEGMENT.matcher(path);
    JsonNode container = root;
    Target last = null;
    while (m.find()) {
      if (last != null) {
        container = last.name != null ? container.get(last.name) : container.get(last.index);
      }
      last = m.group(1) != null ? new Target(container, m.group(1), -1)
          : new Target(container, null, Integer.parseInt(m.group(2)));
    }
    if (last == null) {
      throw new IllegalArgumentException("empty path");
    }
    return last;
  }

  private record Target(JsonNode container, String name, int index) {}
}
