package dev.sessionhub.spring.autoconfigure.actuate;

import dev.sessionhub.spi.ContentStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP when the attachment content store takes a write: a few bytes are put in a namespace of this
 * indicator's own (no session id has its form), checked and deleted again, so a file-system store
 * whose root is not writable (or a full disk, a lost mount) is DOWN.
 */
public final class ContentStoreHealthIndicator implements HealthIndicator {

  private static final byte[] PROBE = "sessionhub health probe".getBytes(StandardCharsets.UTF_8);

  private final ContentStore store;
  private final String namespace;

  /**
   * An indicator for {@code store}.
   *
   * @param store the store to probe
   */
  public ContentStoreHealthIndicator(ContentStore store) {
    this.store = store;
    byte[] random = new byte[8];
    ThreadLocalRandom.current().nextBytes(random);
    this.namespace = "sessionhub-health-" + HexFormat.of().formatHex(random);
  }

  @Override
  public Health health() {
    try {
      ContentStore.StoredContent stored = store.put(namespace, new ByteArrayInputStream(PROBE), PROBE.length);
      boolean readable = store.exists(namespace, stored.sha256());
      store.deleteNamespace(namespace);
      if (!readable) {
        return Health.down().withDetail("store", store.toString())
            .withDetail("error", "content just written is not there").build();
      }
    } catch (RuntimeException e) {
      return Probes.down(e, "write, check and delete a few bytes");
    }
    return Health.up().withDetail("store", store.toString()).build();
  }
}
