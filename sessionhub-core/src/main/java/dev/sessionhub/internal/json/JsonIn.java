package dev.sessionhub.internal.json;

import dev.sessionhub.model.Limits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the fields of one JSON object. A field that is missing, null where a value is required,
 * or of the wrong kind is reported to the document's {@link Problems} at its path (e.g.
 * {@code goals[3].status}), and a harmless fallback is returned so that reading goes on and
 * every problem is found; the caller throws them all at the end. Unknown fields are ignored.
 * Paths are built only when something is wrong.
 */
final class JsonIn {

  private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();
  private static final JsonNode NO_ITEMS = JsonNodeFactory.instance.arrayNode();

  private final JsonNode node;
  private final @Nullable JsonIn parent;
  private final @Nullable String name;
  private final int index;
  private final Problems problems;

  private JsonIn(JsonNode node, @Nullable JsonIn parent, @Nullable String name, int index, Problems problems) {
    this.node = node;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.problems = problems;
  }

  /** The root object of a document; anything else is reported at the empty path. */
  static JsonIn document(JsonNode root, Problems problems) {
    if (!root.isObject()) {
      problems.add("", "expected a JSON object but got " + JsonValues.describe(root));
      return new JsonIn(EMPTY, null, null, -1, Problems.discarding());
    }
    return new JsonIn(root, null, null, -1, problems);
  }

  /** The path of this object within the document, {@code ""} for the root. */
  String path() {
    String base = parent == null ? "" : parent.path();
    String p = name == null ? base : child(base, name);
    return index < 0 ? p : p + "[" + index + "]";
  }

  /** The path of one of this object's fields. */
  String pathOf(String field) {
    return child(path(), field);
  }

  private static String child(String base, String field) {
    return base.isEmpty() ? field : base + "." + field;
  }

  /** Reports a problem with a field that was read but breaks a rule of the model. */
  void report(String field, String message) {
    problems.add(pathOf(field), message);
  }

  /** Throws every problem found in the document so far, if any. */
  void throwIfInvalid() {
    problems.throwIfAny();
  }

  /** The raw value of a field, or null when absent; for the format check. */
  @Nullable JsonNode raw(String field) {
    return node.get(field);
  }

  String string(String field) {
    return required(field, "", JsonValues::string);
  }

  @Nullable String optString(String field) {
    return optional(field, JsonValues::string);
  }

  long int64(String field) {
    return required(field, 0L, JsonValues::int64);
  }

  /** An optional 64-bit integer; 0 when absent or null. */
  long optInt64(String field) {
    Long v = optional(field, JsonValues::int64);
    return v == null ? 0L : v;
  }

  int int32(String field) {
    return required(field, 0, JsonValues::int32);
  }

  boolean bool(String field) {
    return required(field, false, JsonValues::bool);
  }

  Instant instant(String field) {
    return required(field, Instant.EPOCH, JsonValues::instant);
  }

  @Nullable Instant optInstant(String field) {
    return optional(field, JsonValues::instant);
  }

  Duration duration(String field) {
    return required(field, Duration.ZERO, JsonValues::duration);
  }

  @Nullable Duration optDuration(String field) {
    return optional(field, JsonValues::duration);
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return required(field, type.getEnumConstants()[0], n -> JsonValues.enumValue(n, type));
  }

  <E extends Enum<E>> @Nullable E optEnum(String field, Class<E> type) {
    return optional(field, n -> JsonValues.enumValue(n, type));
  }

  /** A required nested object; when it is wrong, an empty one whose fields report nothing more. */
  JsonIn object(String field) {
    JsonNode n = present(field);
    if (n != null && !n.isObject()) {
      report(field, JsonValues.expected("an object", n).getMessage());
      n = null;
    }
    return n == null ? new JsonIn(EMPTY, this, field, -1, Problems.discarding())
        : new JsonIn(n, this, field, -1, problems);
  }

  /** An optional nested object read by {@code reader}, or null when absent or null. */
  <T> @Nullable T optObject(String field, Function<JsonIn, T> reader) {
    JsonNode n = node.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isObject()) {
      report(field, JsonValues.expected("an object", n).getMessage());
      return null;
    }
    return reader.apply(new JsonIn(n, this, field, -1, problems));
  }

  /** A required array of objects, each read by {@code reader}. */
  <T> List<T> objects(String field, Function<JsonIn, T> reader) {
    JsonNode array = array(field);
    List<T> list = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (item.isObject()) {
        list.add(reader.apply(new JsonIn(item, this, field, i, problems)));
      } else {
        problems.add(pathOf(field) + "[" + i + "]", JsonValues.expected("an object", item).getMessage());
      }
    }
    return list;
  }

  /** A required array of strings. */
  List<String> strings(String field) {
    JsonNode array = array(field);
    List<String> list = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (item.isString()) {
        list.add(item.stringValue());
      } else {
        problems.add(pathOf(field) + "[" + i + "]", JsonValues.expected("a string", item).getMessage());
      }
    }
    return list;
  }

  /**
   * A required object of free-form JSON values (Long, Double, String, Boolean, null, lists, maps),
   * as a fresh map for the model to copy with {@code CustomValues.copyOf}; nested at most
   * {@link Limits#CUSTOM_FIELDS_DEPTH_MAX} levels, deeper values are reported.
   */
  Map<String, @Nullable Object> customValues(String field) {
    JsonNode n = present(field);
    if (n == null) {
      return Map.of();
    }
    if (!n.isObject()) {
      report(field, JsonValues.expected("an object", n).getMessage());
      return Map.of();
    }
    return CustomJson.readObject(n, pathOf(field), problems, Limits.CUSTOM_FIELDS_DEPTH_MAX);
  }

  private JsonNode array(String field) {
    JsonNode n = present(field);
    if (n != null && !n.isArray()) {
      report(field, JsonValues.expected("an array", n).getMessage());
      return NO_ITEMS;
    }
    return n == null ? NO_ITEMS : n;
  }

  /** The value of a required field, or null after reporting it missing or null. */
  private @Nullable JsonNode present(String field) {
    JsonNode n = node.get(field);
    if (n == null) {
      report(field, "is missing");
      return null;
    }
    if (n.isNull()) {
      report(field, "must not be null");
      return null;
    }
    return n;
  }

  private <T> T required(String field, T fallback, Function<JsonNode, T> convert) {
    JsonNode n = present(field);
    return n == null ? fallback : convert(field, n, fallback, convert);
  }

  private <T> @Nullable T optional(String field, Function<JsonNode, T> convert) {
    JsonNode n = node.get(field);
    return n == null || n.isNull() ? null : convert(field, n, null, convert);
  }

  private <T extends @Nullable Object> T convert(String field, JsonNode n, T fallback,
      Function<JsonNode, ? extends T> convert) {
    try {
      return convert.apply(n);
    } catch (BadValue e) {
      report(field, e.getMessage());
      return fallback;
    }
  }
}
