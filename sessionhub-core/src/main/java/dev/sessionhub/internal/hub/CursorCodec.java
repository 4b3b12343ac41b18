package dev.sessionhub.internal.hub;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.spi.SortPosition;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque page cursors: the position fields joined with '|', base64url-encoded, followed by a
 * truncated HMAC-SHA256 over them and over the query they belong to. A forged, truncated or
 * tampered cursor, or one from another query, is a validation error at path {@code cursor},
 * never an exception from deep inside.
 */
public final class CursorCodec {

  private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DEC = Base64.getUrlDecoder();
  private static final int MAC_BYTES = 12;

  private final byte[] secret;

  /** With the secret that signs cursors; instances sharing a store should share it. */
  public CursorCodec(byte[] secret) {
    this.secret = secret.clone();
  }

  /** A cursor for a search position, bound to the query's fingerprint. */
  String encodeSearch(SortPosition p, String fingerprint) {
    return sign(List.of("s1", p.key().name(), encodeValue(p.value()), p.id()), fingerprint);
  }

  /** The search position of a cursor made by {@link #encodeSearch} for the same query. */
  SortPosition decodeSearch(String cursor, SortKey expectedKey, String fingerprint) {
    List<String> parts = verify(cursor, fingerprint, 4, "s1");
    try {
      SortKey key = SortKey.valueOf(parts.get(1));
      if (key != expectedKey) {
        throw invalid();
      }
      return new SortPosition(key, decodeValue(key, parts.get(2)), parts.get(3));
    } catch (RuntimeException e) {
      throw invalid();
    }
  }

  /** A cursor for a position in a numbered sequence (comments, activity). */
  String encodeNumber(String kind, long after, String scope) {
    return sign(List.of(kind, Long.toString(after)), scope);
  }

  /** The number in a cursor made by {@link #encodeNumber} with the same kind and scope. */
  long decodeNumber(String cursor, String kind, String scope) {
    List<String> parts = verify(cursor, scope, 2, kind);
    try {
      long n = Long.parseLong(parts.get(1));
      if (n < 0) {
        throw invalid();
      }
      return n;
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  private String sign(List<String> parts, String scope) {
    String body = String.join("|", parts);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return ENC.encodeToString(bytes) + "." + ENC.encodeToString(mac(bytes, scope));
  }

  private List<String> verify(String cursor, String scope, int fields, String kind) {
    if (cursor.length() > 1_000) {
      throw invalid();
    }
    int dot = cursor.indexOf('.');
    if (dot <= 0 || dot == cursor.length() - 1) {
      throw invalid();
    }
    byte[] body;
    byte[] tag;
    try {
      body = DEC.decode(cursor.substring(0, dot));
      tag = DEC.decode(cursor.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (!MessageDigest.isEqual(tag, mac(body, scope))) {
      throw invalid();
    }
    List<String> parts = Arrays.asList(new String(body, StandardCharsets.UTF_8).split("\\|", -1));
    if (parts.size() != fields || !parts.get(0).equals(kind)) {
      throw invalid();
    }
    return parts;
  }

  private byte[] mac(byte[] body, String scope) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(scope.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Arrays.copyOf(mac.doFinal(body), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static String encodeValue(Object v) {
    if (v instanceof Instant i) {
      return i.getEpochSecond() + ":" + i.getNano();
    }
    if (v instanceof Double d) {
      return Long.toHexString(Double.doubleToLongBits(d));
    }
    if (v instanceof String s) {
      return ENC.encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
    return v.toString();
  }

  private static Object decodeValue(SortKey key, String text) {
    return switch (key) {
      case UPDATED, CREATED -> {
        String[] p = text.split(":", -1);
        if (p.length != 2) {
          throw invalid();
        }
        yield Instant.ofEpochSecond(Long.parseLong(p[0]), Integer.parseInt(p[1]));
      }
      case PRIORITY -> Integer.valueOf(text);
      case PROGRESS -> Double.longBitsToDouble(Long.parseUnsignedLong(text, 16));
      case NAME -> new String(DEC.decode(text), StandardCharsets.UTF_8);
    };
  }

  private static ValidationException invalid() {
    return ValidationException.of("cursor", "is not a valid cursor for this query (forged, truncated or from another query)");
  }
}
