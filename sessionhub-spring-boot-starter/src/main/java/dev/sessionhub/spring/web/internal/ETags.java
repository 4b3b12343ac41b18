package dev.sessionhub.spring.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Session versions as strong entity tags: version 7 is {@code "7"}. Edits name the version they
 * are based on in {@code If-Match} (428 without it, 400 when it is not one strong tag of a
 * version); reads honour {@code If-None-Match}.
 */
final class ETags {

  private static final int MAX_DIGITS = 18;

  private ETags() {}

  static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version named by the request's If-Match header. */
  static long ifMatch(HttpServletRequest request) {
    String value = request.getHeader("If-Match");
    if (value == null) {
      throw HttpProblem.preconditionRequired();
    }
    Long v = parse(value.trim());
    if (v == null) {
      throw HttpProblem.badRequest("If-Match",
          "must be one strong entity tag of a session version, such as \"7\" (the ETag of the read)");
    }
    return v;
  }

  /** Whether the request's If-None-Match names {@code version} (or is {@code *}). */
  static boolean noneMatch(HttpServletRequest request, long version) {
    String value = request.getHeader("If-None-Match");
    if (value == null) {
      return false;
    }
    String current = of(version);
    for (String tag : value.split(",")) {
      String t = tag.trim();
      if (t.equals("*") || t.equals(current) || t.equals("W/" + current)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Long parse(String tag) {
    if (tag.length() < 3 || tag.length() > MAX_DIGITS + 2 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
      return null;
    }
    String digits = tag.substring(1, tag.length() - 1);
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return null;
      }
    }
    long v = Long.parseLong(digits);
    return v < 1 ? null : v;
  }
}
