package dev.sessionhub.json;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.internal.json.JsonCodec;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.event.SessionEvent;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The canonical JSON form of sessions, comments, activity entries, events, templates and exports: what
 * the facade, the stores and the caches write and read, so the fields are mapped in exactly one
 * place.
 *
 * <p>The form: every document is a JSON object starting with {@code "format": 1}; field names
 * are the model's accessor names; instants and durations are ISO-8601 strings with full
 * nanosecond precision ({@code Instant.toString}, {@code Duration.toString}); enums are written
 * by name; absent optional values are written as {@code null} (every field is always present),
 * and read back as absent whether {@code null} or missing. A session also carries its derived
 * {@code ownerId} and {@code progress} for readers of the JSON; they are ignored on read and
 * recomputed. Output is compact UTF-8 JSON in a fixed field order, so equal values give
 * identical text, and {@code readSession(writeSession(s)).equals(s)} for every session.
 *
 * <p>Reading is strict about what it needs and lenient about the rest: unknown fields are
 * ignored, so newer writers can add fields. Anything wrong (malformed JSON, a format other than
 * {@value #FORMAT_VERSION}, a missing required field, a value of the wrong type, an unknown enum
 * constant) throws a {@link ValidationException} listing every problem found with its path,
 * such as {@code goals[3].status}; a document of another format reports only {@code format}.
 *
 * <p>Instances are immutable and thread-safe; share one.
 */
public final class SessionJson {

  /** The version of the canonical form; written as {@code "format"} and the only one read. */
  public static final int FORMAT_VERSION = JsonCodec.FORMAT;

  private static final SessionJson INSTANCE = new SessionJson(new JsonCodec());

  private final JsonCodec codec;

  private SessionJson(JsonCodec codec) {
    this.codec = codec;
  }

  /** A codec; it may be shared with other callers, as it has no state. */
  public static SessionJson create() {
    return INSTANCE;
  }

  /** A session as a JSON document. */
  public String writeSession(Session s) {
    return codec.writeSession(Objects.requireNonNull(s, "s"));
  }

  /** A session as a JSON document, in UTF-8. */
  public byte[] writeSessionBytes(Session s) {
    return codec.writeSessionBytes(Objects.requireNonNull(s, "s"));
  }

  /**
   * The session of a JSON document.
   *
   * @throws ValidationException if the document is not a valid session of this format
   */
  public Session readSession(String json) {
    return codec.readSession(Objects.requireNonNull(json, "json"));
  }

  /**
   * The session of a JSON document in UTF-8.
   *
   * @throws ValidationException if the document is not a valid session of this format
   */
  public Session readSession(byte[] utf8) {
    return codec.readSession(Objects.requireNonNull(utf8, "utf8"));
  }

  /** A comment as a JSON document. */
  public String writeComment(Comment c) {
    return codec.writeComment(Objects.requireNonNull(c, "c"));
  }

  /**
   * The comment of a JSON document.
   *
   * @throws ValidationException if the document is not a valid comment of this format
   */
  public Comment readComment(String json) {
    return codec.readComment(Objects.requireNonNull(json, "json"));
  }

  /**
   * An activity entry as a JSON document: {@code seq}, {@code sessionId}, {@code sessionVersion},
   * {@code actor}, {@code action}, {@code at} and {@code delta} (a JSON object of the entry's
   * free-form values). {@code readActivity(writeActivity(e)).equals(e)} for every entry, its seq
   * included, so a store may keep entries as documents.
   */
  public String writeActivity(ActivityEntry e) {
    return codec.writeActivity(Objects.requireNonNull(e, "e"));
  }

  /**
   * The activity entry of a JSON document.
   *
   * @throws ValidationException if the document is not a valid activity entry of this format
   */
  public ActivityEntry readActivity(String json) {
    return codec.readActivity(Objects.requireNonNull(json, "json"));
  }

  /**
   * A session event as a JSON document: {@code type} (the event's simple name, such as
   * {@code "StatusChanged"}), {@code sessionId}, {@code version}, {@code actor}, {@code at}, then
   * the components of that event type by name ({@code changedFields} sorted). Equal events give
   * identical text and {@code readEvent(writeEvent(e)).equals(e)}, so an event transport can
   * carry events between instances in this form.
   */
  public String writeEvent(SessionEvent e) {
    return codec.writeEvent(Objects.requireNonNull(e, "e"));
  }

  /** A session event as a JSON document ({@link #writeEvent}), in UTF-8. */
  public byte[] writeEventBytes(SessionEvent e) {
    return codec.writeEventBytes(Objects.requireNonNull(e, "e"));
  }

  /**
   * The session event of a JSON document.
   *
   * @throws ValidationException if the document is not a valid event of this format (an unknown
   *     {@code type} included)
   */
  public SessionEvent readEvent(String json) {
    return codec.readEvent(Objects.requireNonNull(json, "json"));
  }

  /**
   * The session event of a JSON document in UTF-8.
   *
   * @throws ValidationException if the document is not a valid event of this format
   */
  public SessionEvent readEvent(byte[] utf8) {
    return codec.readEvent(Objects.requireNonNull(utf8, "utf8"));
  }

  /** A template version as a JSON document. */
  public String writeTemplate(Template t) {
    return codec.writeTemplate(Objects.requireNonNull(t, "t"));
  }

  /**
   * The template of a JSON document.
   *
   * @throws ValidationException if the document is not a valid template of this format
   */
  public Template readTemplate(String json) {
    return codec.readTemplate(Objects.requireNonNull(json, "json"));
  }

  /**
   * An export as a JSON document: {@code {"format":1,"session":{...},"comments":[...]}}, where
   * the session and comments have the same fields as their own documents.
   */
  public String writeExport(SessionExport e) {
    Objects.requireNonNull(e, "e");
    return codec.writeExport(e.session(), e.comments());
  }

  /**
   * The export of a JSON document; paths of problems start with {@code session.} or
   * {@code comments[i].}.
   *
   * @throws ValidationException if the document is not a valid export of this format
   */
  public SessionExport readExport(String json) {
    return codec.readExport(Objects.requireNonNull(json, "json"), SessionExport::new);
  }

  /**
   * A JSON object of free-form values (custom fields, activity deltas) as compact JSON, without
   * a format field: {@code null}, Boolean, String, numbers, List and Map with String keys.
   *
   * @throws IllegalArgumentException naming the path of a value that is not JSON-compatible
   */
  public String writeValue(Map<String, @Nullable Object> jsonObject) {
    return codec.writeValue(Objects.requireNonNull(jsonObject, "jsonObject"));
  }

  /**
   * The values of a JSON object, normalized as the model stores them: integral numbers as
   * {@link Long}, other numbers as {@link Double}, objects as unmodifiable maps in document
   * order, arrays as unmodifiable lists.
   *
   * @throws ValidationException if the text is not a JSON object, or holds an integer beyond 64
   *     bits or a number beyond the range of a double
   */
  public Map<String, @Nullable Object> readValue(String json) {
    return codec.readValue(Objects.requireNonNull(json, "json"));
  }
}
