package dev.sessionhub.internal.content;

import dev.sessionhub.error.ValidationException;
import java.util.Objects;

/**
 * The names a content store accepts, as {@link dev.sessionhub.spi.ContentStore} defines them: a
 * namespace is 1 to 64 of {@code [A-Za-z0-9_-]}, a content name 64 of {@code [0-9a-f]}.
 */
public final class ContentNames {

  /** Longest namespace: 64 characters, the longest id. */
  public static final int NAMESPACE_MAX = 64;

  private ContentNames() {}

  /**
   * The namespace, checked.
   *
   * @throws ValidationException (path {@code namespace}) when it is not 1 to 64 of {@code [A-Za-z0-9_-]}
   */
  public static String namespace(String namespace) {
    if (!isNamespace(Objects.requireNonNull(namespace, "namespace"))) {
      throw ValidationException.of("namespace", "must be 1 to " + NAMESPACE_MAX + " of [A-Za-z0-9_-]");
    }
    return namespace;
  }

  /**
   * The content name, checked.
   *
   * @throws ValidationException (path {@code sha256}) when it is not 64 lowercase hex digits
   */
  public static String sha256(String sha256) {
    if (!Sha256.isHex(Objects.requireNonNull(sha256, "sha256"))) {
      throw ValidationException.of("sha256", "must be 64 lowercase hex digits [0-9a-f]");
    }
    return sha256;
  }

  /** Whether {@code text} is 1 to 64 of {@code [A-Za-z0-9_-]}. */
  public static boolean isNamespace(String text) {
    int n = text.length();
    if (n == 0 || n > NAMESPACE_MAX) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
