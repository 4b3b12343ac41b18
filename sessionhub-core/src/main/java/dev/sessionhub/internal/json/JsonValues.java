package dev.sessionhub.internal.json;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Conversions of single JSON values to Java values; each throws {@link BadValue} saying what is wrong. */
final class JsonValues {

  private static final int QUOTE_MAX = 60;

  private JsonValues() {}

  static String string(JsonNode n) {
    if (!n.isString()) {
      throw expected("a string", n);
    }
    return n.stringValue();
  }

  static long int64(JsonNode n) {
    if (!n.isIntegralNumber()) {
      throw expected("an integer", n);
    }
    if (!n.canConvertToLong()) {
      throw new BadValue("integer " + quote(n) + " does not fit in 64 bits");
    }
    return n.longValue();
  }

  static int int32(JsonNode n) {
    long v = int64(n);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new BadValue("integer " + v + " does not fit in 32 bits");
    }
    return (int) v;
  }

  static boolean bool(JsonNode n) {
    if (!n.isBoolean()) {
      throw expected("true or false", n);
    }
    return n.booleanValue();
  }

  static Instant instant(JsonNode n) {
    String s = string(n);
    try {
      return IsoInstant.parse(s);
    } catch (DateTimeParseException e) {
      throw new BadValue("expected an ISO-8601 instant like 2026-01-31T09:30:00.123456789Z but got "
          + quote(n));
    }
  }

  static Duration duration(JsonNode n) {
    String s = string(n);
    try {
      return Duration.parse(s);
    } catch (DateTimeParseException e) {
      throw new BadValue("expected an ISO-8601 duration like PT1H30M but got " + quote(n));
    }
  }

  static <E extends Enum<E>> E enumValue(JsonNode n, Class<E> type) {
    String s = string(n);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    throw new BadValue("unknown value " + quote(n) + "; expected one of " + Arrays.stream(type.getEnumConstants())
        .map(Enum::name).collect(Collectors.joining(", ")));
  }

  static BadValue expected(String what, JsonNode n) {
    return new BadValue("expected " + what + " but got " + describe(n));
  }

  /** What a value is, for messages: its type, and the value itself when it is a short scalar. */
  static String describe(JsonNode n) {
    return switch (n.getNodeType()) {
      case STRING -> "the string " + quote(n);
      case NUMBER -> "the number " + quote(n);
      case BOOLEAN -> n.booleanValue() ? "true" : "false";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NULL -> "null";
      default -> "no value";
    };
  }

  private static String quote(JsonNode n) {
    String s = n.isString() ? '"' + n.stringValue() + '"' : n.toString();
    return s.length() <= QUOTE_MAX ? s : s.substring(0, QUOTE_MAX) + "...";
  }
}
