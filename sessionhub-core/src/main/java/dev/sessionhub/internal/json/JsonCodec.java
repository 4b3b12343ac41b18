package dev.sessionhub.internal.json;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.CustomValues;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.event.SessionEvent;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson side of {@code SessionJson}: documents are written with the streaming generator
 * and read as a tree, then mapped by hand, so the model carries no Jackson annotations and every
 * problem is reported with its path. Thread-safe.
 */
public final class JsonCodec {

  /** The version of the canonical form written, and the only one read. */
  public static final int FORMAT = 1;

  private static final String FORMAT_FIELD = "format";
  private static final int BUFFER = 2048;

  private final JsonMapper mapper = JsonMapper.builder()
      // Numbers are converted by hand (JsonValues, CustomJson): integers that fit become Long and
      // others a violation with a path, which USE_LONG_FOR_INTS would turn into a parse error.
      .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS,
          DeserializationFeature.USE_LONG_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .build();

  public String writeSession(Session s) {
    return writeString(g -> document(g, s, SessionMapper::write));
  }

  public byte[] writeSessionBytes(Session s) {
    return writeBytes(g -> document(g, s, SessionMapper::write));
  }

  public Session readSession(String json) {
    return readDocument(() -> mapper.readTree(json), SessionMapper::read);
  }

  public Session readSession(byte[] utf8) {
    return readDocument(() -> mapper.readTree(utf8), SessionMapper::read);
  }

  public String writeComment(Comment c) {
    return writeString(g -> document(g, c, CommentMapper::write));
  }

  public Comment readComment(String json) {
    return readDocument(() -> mapper.readTree(json), CommentMapper::read);
  }

  public String writeActivity(ActivityEntry e) {
    return writeString(g -> document(g, e, ActivityMapper::write));
  }

  public ActivityEntry readActivity(String json) {
    return readDocument(() -> mapper.readTree(json), ActivityMapper::read);
  }

  public String writeTemplate(Template t) {
    return writeString(g -> document(g, t, TemplateMapper::write));
  }

  public Template readTemplate(String json) {
    return readDocument(() -> mapper.readTree(json), TemplateMapper::read);
  }

  public String writeEvent(SessionEvent e) {
    return writeString(g -> document(g, e, EventMapper::write));
  }

  public byte[] writeEventBytes(SessionEvent e) {
    return writeBytes(g -> document(g, e, EventMapper::write));
  }

  public SessionEvent readEvent(String json) {
    return readDocument(() -> mapper.readTree(json), EventMapper::read);
  }

  public SessionEvent readEvent(byte[] utf8) {
    return readDocument(() -> mapper.readTree(utf8), EventMapper::read);
  }

  /** An export document: {@code {"format":1, "session":{...}, "comments":[...]}}. */
  public String writeExport(Session session, List<Comment> comments) {
    return writeString(g -> document(g, session, (gen, s) -> {
      JsonOut.object(gen, "session", s, SessionMapper::write);
      JsonOut.objects(gen, "comments", comments, CommentMapper::write);
    }));
  }

  public <T> T readExport(String json, BiFunction<Session, List<Comment>, T> export) {
    return readDocument(() -> mapper.readTree(json), in -> {
      // Comments first: the session's aggregate checks stop reading at the first problem found.
      List<Comment> comments = in.objects("comments", CommentMapper::read);
      Session session = SessionMapper.read(in.object("session"));
      return export.apply(session, comments);
    });
  }

  /**
   * Compact JSON of free-form values.
   *
   * @throws IllegalArgumentException naming the path of a value that is not JSON-compatible
   */
  public String writeValue(Map<String, ? extends @Nullable Object> values) {
    Map<String, @Nullable Object> normalized = CustomValues.copyOf(values);
    return writeString(g -> CustomJson.writeObject(g, normalized));
  }

  public Map<String, @Nullable Object> readValue(String json) {
    JsonNode root = parse(() -> mapper.readTree(json));
    Problems problems = Problems.collecting();
    JsonIn.document(root, problems);
    problems.throwIfAny();
    Map<String, @Nullable Object> values = CustomJson.readObject(root, "", problems, CustomValues.MAX_DEPTH);
    problems.throwIfAny();
    return CustomValues.copyOf(values);
  }

  private static <T> void document(JsonGenerator g, T value, BiConsumer<JsonGenerator, T> fields) {
    g.writeStartObject();
    g.writeNumberProperty(FORMAT_FIELD, FORMAT);
    fields.accept(g, value);
    g.writeEndObject();
  }

  private String writeString(Consumer<JsonGenerator> write) {
    StringWriter out = new StringWriter(BUFFER);
    try (JsonGenerator g = mapper.createGenerator(out)) {
      write.accept(g);
    } catch (JacksonException e) {
      throw cannotWrite(e);
    }
    return out.toString();
  }

  private byte[] writeBytes(Consumer<JsonGenerator> write) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(BUFFER);
    try (JsonGenerator g = mapper.createGenerator(out)) {
      write.accept(g);
    } catch (JacksonException e) {
      throw cannotWrite(e);
    }
    return out.toByteArray();
  }

  private static IllegalArgumentException cannotWrite(JacksonException e) {
    return new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
  }

  private static <T> T readDocument(Supplier<JsonNode> parse, Function<JsonIn, T> reader) {
    JsonNode root = parse(parse);
    Problems problems = Problems.collecting();
    JsonIn in = JsonIn.document(root, problems);
    problems.throwIfAny();
    checkFormat(in);
    T value = reader.apply(in);
    problems.throwIfAny();
    return value;
  }

  /** A document of another format is not read at all: its other fields may mean other things. */
  private static void checkFormat(JsonIn in) {
    JsonNode format = in.raw(FORMAT_FIELD);
    if (format == null || format.isNull()) {
      throw ValidationException.of(FORMAT_FIELD, "is missing; expected " + FORMAT);
    }
    if (!format.isIntegralNumber() || !format.canConvertToInt() || format.intValue() != FORMAT) {
      throw ValidationException.of(FORMAT_FIELD, "unsupported format " + format + "; expected " + FORMAT);
    }
  }

  private static JsonNode parse(Supplier<JsonNode> parse) {
    try {
      return parse.get();
    } catch (JacksonException e) {
      throw new ValidationException(List.of(MalformedJson.violation(e)));
    }
  }
}
