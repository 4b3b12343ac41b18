package dev.sessionhub.internal.json;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes fields the canonical way: instants and durations as ISO-8601 strings, enums by name,
 * absent optional values as JSON {@code null} (so every field is always present).
 */
final class JsonOut {

  private JsonOut() {}

  static void optString(JsonGenerator g, String name, @Nullable String value) {
    if (value == null) {
      g.writeNullProperty(name);
    } else {
      g.writeStringProperty(name, value);
    }
  }

  static void instant(JsonGenerator g, String name, Instant value) {
    g.writeStringProperty(name, value.toString());
  }

  static void optInstant(JsonGenerator g, String name, @Nullable Instant value) {
    optString(g, name, value == null ? null : value.toString());
  }

  static void duration(JsonGenerator g, String name, Duration value) {
    g.writeStringProperty(name, value.toString());
  }

  static void optDuration(JsonGenerator g, String name, @Nullable Duration value) {
    optString(g, name, value == null ? null : value.toString());
  }

  static void enumValue(JsonGenerator g, String name, Enum<?> value) {
    g.writeStringProperty(name, value.name());
  }

  static void optEnum(JsonGenerator g, String name, @Nullable Enum<?> value) {
    optString(g, name, value == null ? null : value.name());
  }

  static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeArrayPropertyStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** A nested object whose fields {@code fields} writes. */
  static <T> void object(JsonGenerator g, String name, T value, BiConsumer<JsonGenerator, T> fields) {
    g.writeObjectPropertyStart(name);
    fields.accept(g, value);
    g.writeEndObject();
  }

  static <T> void optObject(JsonGenerator g, String name, @Nullable T value, BiConsumer<JsonGenerator, T> fields) {
    if (value == null) {
      g.writeNullProperty(name);
    } else {
      object(g, name, value, fields);
    }
  }

  /** An array of objects, the fields of each written by {@code fields}. */
  static <T> void objects(JsonGenerator g, String name, List<T> values, BiConsumer<JsonGenerator, T> fields) {
    g.writeArrayPropertyStart(name);
    for (T v : values) {
      g.writeStartObject();
      fields.accept(g, v);
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
