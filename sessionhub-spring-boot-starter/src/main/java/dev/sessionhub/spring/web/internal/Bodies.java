package dev.sessionhub.spring.web.internal;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.json.SessionJson;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON request bodies: at most the configured size (413 past it, without reading further),
 * strictly UTF-8, parsed by core's strict reader (duplicate keys, trailing tokens, integers past
 * 64 bits and other malformed input are violations with their path).
 */
final class Bodies {

  private final long maxBytes;

  Bodies(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The body as text. */
  String text(HttpServletRequest request) {
    byte[] bytes = bytes(request);
    if (bytes.length == 0) {
      throw HttpProblem.badRequest("body", "a JSON object is required");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw HttpProblem.badRequest("body", "is not valid UTF-8");
    }
  }

  /** The body as one JSON object, read field by field. */
  Fields object(HttpServletRequest request) {
    String text = text(request);
    Map<String, @Nullable Object> values;
    try {
      values = SessionJson.create().readValue(text);
    } catch (ValidationException e) {
      throw new ValidationException(e.violations().stream()
          .map(v -> v.path().isEmpty() ? new Violation("body", v.message()) : v).toList());
    }
    return Fields.root(values);
  }

  private byte[] bytes(HttpServletRequest request) {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge();
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw HttpProblem.badRequest("body", "could not be read");
    }
  }

  private HttpProblem tooLarge() {
    return HttpProblem.tooLarge("the request body is larger than the limit of " + maxBytes + " bytes");
  }

}
