package dev.sessionhub.spring.web.internal;

import dev.sessionhub.error.Violation;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One RFC 9457 problem document: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}, an {@code errors} array of every violation for a 400, and extension members
 * (such as both versions of a 412).
 */
record Problem(int status, String type, String title, @Nullable String detail, List<Violation> violations,
    Map<String, String> headers, Map<String, Object> extra) {

  byte[] toJson(String instance) {
    return JsonWriter.object(g -> {
      g.writeStringProperty("type", type);
      g.writeStringProperty("title", title);
      g.writeNumberProperty("status", status);
      if (detail != null) {
        g.writeStringProperty("detail", detail);
      }
      g.writeStringProperty("instance", instance);
      if (status == 400 || !violations.isEmpty()) {
        g.writeArrayPropertyStart("errors");
        for (Violation v : violations) {
          g.writeStartObject();
          g.writeStringProperty("path", v.path());
          g.writeStringProperty("message", v.message());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      extra.forEach((k, v) -> {
        if (v instanceof Number n) {
          g.writeNumberProperty(k, n.longValue());
        } else {
          g.writeStringProperty(k, v.toString());
        }
      });
    });
  }
}
