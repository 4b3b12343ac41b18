package dev.sessionhub.internal.content;

import dev.sessionhub.error.SessionHubException;
import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.spi.ContentStore;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The content store as core hands values to it: every namespace an id, every {@code sha256} 64
 * lower-case hex digits, checked here whatever the store behind checks, since they become paths
 * or keys there. A value that breaks the rule is a validation error and never reaches the store.
 * Any other exception of the store's that is not one of {@code dev.sessionhub.error}'s is
 * translated here, so none reaches a caller: when the uploaded stream itself failed (a client that
 * went away mid-upload), a {@link ValidationException} on {@code content}, and an unchecked
 * exception the uploaded stream threw itself goes back to the caller as it was; otherwise (a full disk,
 * a missing bucket) a {@link StoreUnavailableException} with the store's exception as its cause.
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
    String ns = namespace(namespace);
    WatchedInput source = new WatchedInput(content);
    StoredContent stored;
    try {
      stored = store.put(ns, source, maxBytes);
    } catch (SessionHubException e) {
      throw e;
    } catch (RuntimeException e) {
      RuntimeException own = source.thrown;
      if (own != null) {
        // the caller's own stream threw it (an HTTP layer's size limit, say): theirs to handle
        if (own != e) {
          own.addSuppressed(e);
        }
        throw own;
      }
      if (source.failure != null) {
        ValidationException refused = ValidationException.of("content",
            "could not be read to its end (" + source.failure.getMessage() + "); nothing was stored");
        refused.addSuppressed(e);
        throw refused;
      }
      throw unavailable("store content in namespace " + ns, e);
    }
    if (!Checks.isSha256(stored.sha256())) {
      throw new SessionHubException("the content store answered a malformed SHA-256 for namespace " + namespace);
    }
    return stored;
  }

  @Override
  public Optional<InputStream> open(String namespace, String sha256) {
    String ns = namespace(namespace);
    String name = sha256(sha256);
    return translated("open content " + name + " of namespace " + ns, () -> store.open(ns, name));
  }

  @Override
  public boolean exists(String namespace, String sha256) {
    String ns = namespace(namespace);
    String name = sha256(sha256);
    return translated("look up content " + name + " of namespace " + ns, () -> store.exists(ns, name));
  }

  @Override
  public boolean delete(String namespace, String sha256) {
    String ns = namespace(namespace);
    String name = sha256(sha256);
    return translated("delete content " + name + " of namespace " + ns, () -> store.delete(ns, name));
  }

  @Override
  public int deleteNamespace(String namespace) {
    String ns = namespace(namespace);
    return translated("delete namespace " + ns, () -> store.deleteNamespace(ns));
  }

  private static String namespace(String namespace) {
    return Checks.requireId("namespace", namespace);
  }

  private static String sha256(String sha256) {
    new Checks().sha256("sha256", sha256).throwIfAny();
    return sha256;
  }

  private static <T> T translated(String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (SessionHubException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unavailable(what, e);
    }
  }

  private static StoreUnavailableException unavailable(String what, RuntimeException e) {
    return new StoreUnavailableException("the content store could not " + what + ": " + e.getMessage(), e);
  }

  /** The uploaded stream, remembering whether reading it failed (as opposed to the store). */
  private static final class WatchedInput extends FilterInputStream {
    private volatile @Nullable IOException failure;
    private volatile @Nullable RuntimeException thrown;

    WatchedInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      return (int) watched(() -> in.read());
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return (int) watched(() -> in.read(b, off, len));
    }

    @Override
    public long skip(long n) throws IOException {
      return watched(() -> in.skip(n));
    }

    /** Reads from the upload; what that throws is remembered, then thrown on. */
    private long watched(Read read) throws IOException {
      try {
        return read.read();
      } catch (IOException e) {
        failure = e;
        throw e;
      } catch (RuntimeException e) {
        thrown = e;
        throw e;
      }
    }

    /** One read of the underlying stream. */
    private interface Read {
      long read() throws IOException;
    }
  }
}
