package dev.sessionhub.spi;

import java.io.InputStream;
import java.util.Optional;

/**
 * Port: where attachment content lives, content-addressed by SHA-256 within a namespace (the
 * facade uses the session id), so the same bytes uploaded twice to a session are stored once
 * and a whole session's content can be removed at once. Implementations must be thread-safe;
 * a failed or interrupted {@link #put} must leave nothing behind.
 *
 * <p><b>Names a store accepts, and those it must reject.</b> Namespaces and content names often
 * become file paths, object keys or row keys, and a stored session (an import, say) may carry
 * any text, so every method checks them before it touches anything:
 * <ul>
 *   <li>a {@code namespace} is 1 to 64 characters, each an ASCII letter, an ASCII digit,
 *       {@code _} or {@code -} (the regular expression {@code [A-Za-z0-9_-]{1,64}}); every
 *       session id is one;
 *   <li>a content name, the {@code sha256} parameter, is exactly 64 lowercase hexadecimal
 *       digits ({@code [0-9a-f]{64}}), the form {@link StoredContent#sha256()} has.
 * </ul>
 * Any other value is rejected with {@code dev.sessionhub.error.ValidationException} whose one
 * violation has the path {@code namespace} or {@code sha256}, and nothing is read, written or
 * deleted: among others the empty string, {@code .}, {@code ..}, anything containing {@code /},
 * {@code \}, {@code :}, a space, NUL or another control character, an absolute path such as
 * {@code /etc} or {@code C:\x}, letters outside ASCII, a namespace over 64 characters, and a
 * {@code sha256} in uppercase, of another length or with a letter past {@code f}. This holds for
 * {@link #open}, {@link #exists} and {@link #delete} too: a malformed name is an error, not
 * "absent". Matching is exact and case-sensitive: {@code abc} and {@code ABC} are two
 * namespaces. {@code null} arguments throw {@code NullPointerException}. Core checks the same
 * rules on its side (an imported attachment's {@code sha256}, every session id), so a store that
 * follows them is never handed a name that could reach outside its own space.
 */
public interface ContentStore {

  /**
   * Reads {@code content} to its end and stores it. Throws
   * {@code dev.sessionhub.error.ValidationException} (path {@code content}) when it is larger than
   * {@code maxBytes}, leaving nothing stored. An {@code IOException} from {@code content} is
   * thrown as a {@link java.io.UncheckedIOException} whose cause it is, leaving nothing stored
   * (core turns it into a {@code ValidationException} on {@code content}; any other exception of
   * a store that is not a {@code dev.sessionhub.error} type reaches callers as a
   * {@code StoreUnavailableException}).
   * Content already stored in the namespace is kept once: putting the same bytes again, even
   * from several threads at once, succeeds and returns the same {@link StoredContent}. Content is
   * visible only in the namespace it was put in.
   */
  StoredContent put(String namespace, InputStream content, long maxBytes);

  /**
   * Opens stored content, if present. The caller closes the stream. Throws
   * {@code ValidationException} for a namespace or name outside the rules above.
   */
  Optional<InputStream> open(String namespace, String sha256);

  /** Whether the content is stored. Throws {@code ValidationException} for a name outside the rules. */
  boolean exists(String namespace, String sha256);

  /** Deletes one content; returns whether it was there. Throws {@code ValidationException} for a name outside the rules. */
  boolean delete(String namespace, String sha256);

  /**
   * Deletes every content of a namespace; returns how many were deleted (0 when already gone).
   * Throws {@code ValidationException} for a namespace outside the rules, deleting nothing.
   */
  int deleteNamespace(String namespace);

  /**
   * What {@link ContentStore#put} stored.
   *
   * @param sha256 lowercase hex SHA-256 of the bytes
   * @param size number of bytes
   */
  record StoredContent(String sha256, long size) {}
}
