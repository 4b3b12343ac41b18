package dev.sessionhub.internal.content;

import dev.sessionhub.spi.ContentStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A content store in memory: the default for quick starts and tests. Thread-safe. Names follow
 * {@link ContentStore}'s rules, checked by {@link ContentNames}.
 */
public final class InMemoryContentStore implements ContentStore {

  private final Map<String, Map<String, byte[]>> namespaces = new ConcurrentHashMap<>();

  @Override
  public StoredContent put(String namespace, InputStream content, long maxBytes) {
    ContentNames.namespace(namespace);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StoredContent stored;
    try {
      stored = HashingCopy.copy(content, maxBytes, out::write);
    } catch (IOException e) {
      throw new UncheckedIOException("reading upload failed; nothing was stored", e);
    }
    namespaces.computeIfAbsent(namespace, k -> new ConcurrentHashMap<>()).putIfAbsent(stored.sha256(), out.toByteArray());
    return stored;
  }

  @Override
  public Optional<InputStream> open(String namespace, String sha256) {
    byte[] bytes = namespaces.getOrDefault(ContentNames.namespace(namespace), Map.of()).get(ContentNames.sha256(sha256));
    return Optional.ofNullable(bytes).map(ByteArrayInputStream::new);
  }

  @Override
  public boolean exists(String namespace, String sha256) {
    return namespaces.getOrDefault(ContentNames.namespace(namespace), Map.of()).containsKey(ContentNames.sha256(sha256));
  }

  @Override
  public boolean delete(String namespace, String sha256) {
    Map<String, byte[]> ns = namespaces.get(ContentNames.namespace(namespace));
    return ns != null && ns.remove(ContentNames.sha256(sha256)) != null;
  }

  @Override
  public int deleteNamespace(String namespace) {
    Map<String, byte[]> ns = namespaces.remove(ContentNames.namespace(namespace));
    return ns == null ? 0 : ns.size();
  }
}
