package dev.sessionhub.internal.content;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.internal.domain.Checks;
import java.util.Objects;

/**
 * The names a content store accepts, as {@link dev.sessionhub.spi.ContentStore} defines them: a
 * namespace is 1 to 64 of {@code [A-Za-z0-9_-]}, a content name 64 of {@code [0-9a-f]}.
 */
public final class ContentNames {

  /** Longest namespace: the longest id. */
  public static final int NAMESPACE_MAX = dev.sessionhub.model.Limits.ID_MAX;

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
    if (!Checks.isSha256(Objects.requireNonNull(sha256, "sha256"))) {
      throw ValidationException.of("sha256", "must be 64 lowercase hex digits [0-9a-f]");
    }
    return sha256;
  }

  /** Whether {@code text} is 1 to 64 of {@code [A-Za-z0-9_-]}: an id, by the one rule in {@link Checks}. */
  public static boolean isNamespace(String text) {
    return Checks.isId(text);
  }
}
