package dev.sessionhub.internal.content;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.spi.ContentStore.StoredContent;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Reads an upload to its end into a sink while hashing it with SHA-256 and counting it: the one
 * place the size limit of content stores is enforced.
 */
public final class HashingCopy {

  private static final int BUFFER = 64 * 1024;

  private HashingCopy() {}

  /** Where the bytes go. */
  @FunctionalInterface
  public interface Sink {
    /** Takes {@code len} bytes of {@code bytes} from {@code offset}. */
    void write(byte[] bytes, int offset, int len) throws IOException;
  }

  /**
   * Copies {@code in} to {@code sink}, stopping before the first byte past {@code maxBytes}.
   *
   * @throws ValidationException (path {@code content}) when the content is larger than {@code maxBytes}
   * @throws IOException when reading or writing fails
   */
  public static StoredContent copy(InputStream in, long maxBytes, Sink sink) throws IOException {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative");
    }
    MessageDigest digest = Sha256.digest();
    byte[] buf = new byte[BUFFER];
    long total = 0;
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      total += n;
      if (total > maxBytes) {
        throw ValidationException.of("content", "is larger than the limit of " + maxBytes + " bytes");
      }
      digest.update(buf, 0, n);
      sink.write(buf, 0, n);
    }
    return new StoredContent(Sha256.hex(digest), total);
  }
}
