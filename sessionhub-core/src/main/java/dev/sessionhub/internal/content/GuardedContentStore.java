package dev.sessionhub.internal.content;

import dev.sessionhub.error.SessionHubException;
import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.spi.ContentStore;
import java.io.InputStream;
import java.util.Optional;

/**
 * The content store as core hands values to it: every namespace an id, every {@code sha256} 64
 * lower-case hex digits, checked here whatever the store behind checks, since they become paths
 * or keys there. A value that breaks the rule is a validation error and never reaches the store.
 * Thread-safe when the store behind is.
 */
public final class GuardedContentStore implements ContentStore {

  private final ContentStore store;

  /** Guards {@code store}. */
  public GuardedContentStore(ContentStore store) {
    this.store = store;
  }

  @Override
  public StoredContent put(String namespace, InputStream content, long maxBytes) {
    StoredContent stored = store.put(namespace(namespace), content, maxBytes);
    if (!Checks.isSha256(stored.sha256())) {
      throw new SessionHubException("the content store answered a malformed SHA-256 for namespace " + namespace);
    }
    return stored;
  }

  @Override
  public Optional<InputStream> open(String namespace, String sha256) {
    return store.open(namespace(namespace), sha256(sha256));
  }

  @Override
  public boolean exists(String namespace, String sha256) {
    return store.exists(namespace(namespace), sha256(sha256));
  }

  @Override
  public boolean delete(String namespace, String sha256) {
    return store.delete(namespace(namespace), sha256(sha256));
  }

  @Override
  public int deleteNamespace(String namespace) {
    return store.deleteNamespace(namespace(namespace));
  }

  private static String namespace(String namespace) {
    return Checks.requireId("namespace", namespace);
  }

  private static String sha256(String sha256) {
    new Checks().sha256("sha256", sha256).throwIfAny();
    return sha256;
  }
}
