package dev.sessionhub.spi;

import java.io.InputStream;
import java.util.Optional;

/**
 * Port: where attachment content lives, content-addressed by SHA-256 within a namespace (the
 * facade uses the session id), so the same bytes uploaded twice to a session are stored once
 * and a whole session's content can be removed at once. Implementations must be thread-safe;
 * a failed or interrupted {@link #put} must leave nothing behind.
 */
public interface ContentStore {

  /**
   * Reads {@code content} to its end and stores it. Throws
   * {@code dev.sessionhub.error.ValidationException} (path {@code content}) when it is larger than
   * {@code maxBytes}, leaving nothing stored. An {@code IOException} from {@code content} is
   * thrown as a {@link java.io.UncheckedIOException} whose cause it is, leaving nothing stored.
   * Content already stored in the namespace is kept once: putting the same bytes again, even
   * from several threads at once, succeeds and returns the same {@link StoredContent}. Content is
   * visible only in the namespace it was put in.
   */
  StoredContent put(String namespace, InputStream content, long maxBytes);

  /** Opens stored content, if present. The caller closes the stream. */
  Optional<InputStream> open(String namespace, String sha256);

  /** Whether the content is stored. */
  boolean exists(String namespace, String sha256);

  /** Deletes one content; returns whether it was there. */
  boolean delete(String namespace, String sha256);

  /** Deletes every content of a namespace; returns how many were deleted (0 when already gone). */
  int deleteNamespace(String namespace);

  /**
   * What {@link ContentStore#put} stored.
   *
   * @param sha256 lowercase hex SHA-256 of the bytes
   * @param size number of bytes
   */
  record StoredContent(String sha256, long size) {}
}
