package dev.sessionhub.spring.web.internal;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for a stored file name (RFC 6266): an ASCII fallback
 * {@code filename} with every character that could break the header or mislead a client
 * replaced, and the exact name as {@code filename*} in RFC 5987's percent-encoded UTF-8.
 */
final class ContentDispositions {

  private static final String ATTR_CHARS = "!#$&+-.^_`|~";

  private ContentDispositions() {}

  static String attachment(String name) {
    return "attachment; filename=\"" + fallback(name) + "\"; filename*=UTF-8''" + encode(name);
  }

  private static String fallback(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean safe = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '/' && c != ';' && c != '%';
      sb.append(safe ? c : '_');
    }
    return sb.toString();
  }

  private static String encode(String name) {
    StringBuilder sb = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
