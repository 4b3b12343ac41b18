package dev.sessionhub.internal.content;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.spi.ContentStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A content store in memory: the default for quick starts and tests. Thread-safe. */
public final class InMemoryContentStore implements ContentStore {

  private final Map<String, Map<String, byte[]>> namespaces = new ConcurrentHashMap<>();

  @Override
  public StoredContent put(String namespace, InputStream content, long maxBytes) {
    MessageDigest digest = Sha256.digest();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long total = 0;
    try {
      for (int n = content.read(buf); n >= 0; n = content.read(buf)) {
        total += n;
        if (total > maxBytes) {
          throw ValidationException.of("content", "is larger than the limit of " + maxBytes + " bytes");
        }
        digest.update(buf, 0, n);
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading upload failed; nothing was stored", e);
    }
    String sha = Sha256.hex(digest);
    namespaces.computeIfAbsent(namespace, k -> new ConcurrentHashMap<>()).putIfAbsent(sha, out.toByteArray());
    return new StoredContent(sha, total);
  }

  @Override
  public Optional<InputStream> open(String namespace, String sha256) {
    byte[] bytes = namespaces.getOrDefault(namespace, Map.of()).get(sha256);
    return Optional.ofNullable(bytes).map(ByteArrayInputStream::new);
  }

  @Override
  public boolean exists(String namespace, String sha256) {
    return namespaces.getOrDefault(namespace, Map.of()).containsKey(sha256);
  }

  @Override
  public boolean delete(String namespace, String sha256) {
    Map<String, byte[]> ns = namespaces.get(namespace);
    return ns != null && ns.remove(sha256) != null;
  }

  @Override
  public int deleteNamespace(String namespace) {
    Map<String, byte[]> ns = namespaces.remove(namespace);
    return ns == null ? 0 : ns.size();
  }
}
