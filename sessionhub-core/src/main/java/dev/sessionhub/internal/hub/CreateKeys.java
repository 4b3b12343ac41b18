package dev.sessionhub.internal.hub;

import dev.sessionhub.CreateKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The session id of a keyed create: a name-based UUID (version 8, RFC 9562) of the SHA-256 of the
 * user and the key, so that a retry of the same create meets the first attempt at the store's
 * unique id, and two users' equal keys never meet.
 */
final class CreateKeys {

  private CreateKeys() {}

  static String sessionId(String actor, CreateKey key) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
    sha.update("sessionhub create key\0".getBytes(StandardCharsets.UTF_8));
    sha.update(actor.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    ByteBuffer hash = ByteBuffer.wrap(sha.digest(key.value().getBytes(StandardCharsets.UTF_8)));
    long high = (hash.getLong() & ~0xF000L) | 0x8000L;
    long low = (hash.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
