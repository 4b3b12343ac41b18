package dev.sessionhub.spring.web.internal;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the small JSON documents of the HTTP layer (pages, problems, reports) as UTF-8 bytes. */
final class JsonWriter {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .build();

  private JsonWriter() {}

  /** The bytes written by {@code body} between the braces of one JSON object. */
  static byte[] object(Consumer<JsonGenerator> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject();
      body.accept(g);
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /** The bytes written by {@code body} between the brackets of one JSON array. */
  static byte[] array(Consumer<JsonGenerator> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartArray();
      body.accept(g);
      g.writeEndArray();
    }
    return out.toByteArray();
  }
}
