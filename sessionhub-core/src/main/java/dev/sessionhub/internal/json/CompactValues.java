package dev.sessionhub.internal.json;

import dev.sessionhub.model.CustomValues;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Free-form values (activity deltas) as compact UTF-8 JSON, for a store that keeps them in its
 * own memory rather than as live maps. What {@link #write} returns, {@link #read} turns back into
 * an equal map, however long its names and strings: unlike {@link JsonCodec}, which reads
 * documents from outside and limits them, the reader here only ever sees bytes written here.
 * Thread-safe.
 */
public final class CompactValues {

  /** Deepest nesting written, and read back: the model's own bound, {@link CustomValues#MAX_DEPTH}. */
  public static final int MAX_DEPTH = CustomValues.MAX_DEPTH;

  private static final int BUFFER = 256;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
          .maxNameLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE).build())
      .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .build();
  // Writes go straight to the factory: a generator from the mapper costs about as much again.
  private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY).build();

  private CompactValues() {}

  /**
   * The values as UTF-8 JSON.
   *
   * @throws IllegalArgumentException if they are not JSON-compatible, or nested deeper than
   *     {@link #MAX_DEPTH}
   */
  public static byte[] write(Map<String, ? extends @Nullable Object> values) {
    Map<String, @Nullable Object> normalized = CustomValues.copyOf(values);
    ByteArrayOutputStream out = new ByteArrayOutputStream(BUFFER);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      CustomJson.writeObject(g, normalized);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
    return out.toByteArray();
  }

  /** The values {@link #write} wrote, equal to those given to it (normalized by {@link CustomValues}). */
  public static Map<String, @Nullable Object> read(byte[] utf8) {
    Problems problems = Problems.collecting();
    Map<String, @Nullable Object> values = CustomJson.readObject(MAPPER.readTree(utf8), "", problems, MAX_DEPTH);
    if (problems.any()) {
      throw new IllegalStateException("not written by CompactValues: " + new String(utf8, StandardCharsets.UTF_8));
    }
    return CustomValues.copyOf(values);
  }
}
