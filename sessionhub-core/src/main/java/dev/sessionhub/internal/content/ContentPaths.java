package dev.sessionhub.internal.content;

import dev.sessionhub.error.ValidationException;
import java.nio.file.Path;

/**
 * Where a file-system content store keeps things: {@code root/<namespace>/<first 2 hex>/<sha256>},
 * temporary uploads in {@code root/.tmp}. Builds paths only from validated text and checks that
 * every path it hands out stays under the root. Immutable.
 */
public final class ContentPaths {

  private final Path root;

  /** Under the given root, made absolute and normalized. */
  public ContentPaths(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The root directory. */
  public Path root() {
    return root;
  }

  /** The directory of uploads in progress; no namespace can have this name. */
  public Path temp() {
    return under(root.resolve(".tmp"));
  }

  /**
   * The directory of a namespace.
   *
   * @throws ValidationException (path {@code namespace}) when it breaks the rule of {@link ContentNames}
   */
  public Path namespace(String namespace) {
    return under(root.resolve(ContentNames.namespace(namespace)));
  }

  /**
   * The file of a content.
   *
   * @throws ValidationException (path {@code namespace} or {@code sha256}) for a name outside
   *     the rules of {@link ContentNames}
   */
  public Path content(String namespace, String sha256) {
    Path dir = namespace(namespace);
    ContentNames.sha256(sha256);
    return under(dir.resolve(sha256.substring(0, 2)).resolve(sha256));
  }

  /** The second guard: validation should make this impossible to fail. */
  private Path under(Path path) {
    Path normalized = path.normalize();
    if (!normalized.startsWith(root) || normalized.equals(root)) {
      throw new IllegalStateException("path " + normalized + " is outside the content root " + root);
    }
    return normalized;
  }
}
