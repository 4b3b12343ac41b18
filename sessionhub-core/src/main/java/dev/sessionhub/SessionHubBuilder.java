package dev.sessionhub;

import dev.sessionhub.internal.cache.CaffeineSessionCache;
import dev.sessionhub.internal.content.InMemoryContentStore;
import dev.sessionhub.internal.hub.DefaultSessionHub;
import dev.sessionhub.internal.hub.EventDispatcher;
import dev.sessionhub.internal.id.UuidV7Generator;
import dev.sessionhub.internal.memory.InMemorySessionStore;
import dev.sessionhub.internal.memory.InMemoryTemplateStore;
import dev.sessionhub.spi.ContentStore;
import dev.sessionhub.spi.EventPublisher;
import dev.sessionhub.spi.IdGenerator;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * Wires a {@link SessionHub} explicitly: every adapter is handed in, nothing is discovered on
 * the classpath. Anything not set gets a default: an in-memory session, template and content
 * store, a Caffeine local cache of 10,000 sessions for one hour, the system UTC clock,
 * time-ordered UUIDv7 ids, no event publisher, 25 MiB uploads of any content type, attachment
 * content kept 30 days after archiving. Not thread-safe; the hub it builds is.
 */
public final class SessionHubBuilder {


  private @Nullable SessionStore sessionStore;
  private @Nullable TemplateStore templateStore;
  private @Nullable SessionCache cache;
  private @Nullable ContentStore contentStore;
  private Clock clock = Clock.systemUTC();
  private @Nullable IdGenerator ids;
  private final List<SessionListener> listeners = new ArrayList<>();
  private final List<EventDispatcher.AsyncRegistration> asyncListeners = new ArrayList<>();
  private EventPublisher publisher = event -> { };
  private byte[] cursorSecret = randomSecret();
  private int maxAttempts = 10;
  private long maxAttachmentBytes = 25L * 1024 * 1024;
  private Set<String> allowedContentTypes = Set.of();
  private Duration attachmentRetention = Duration.ofDays(30);

  SessionHubBuilder() {}

  /** The session store (default: in memory). */
  public SessionHubBuilder sessionStore(SessionStore store) {
    this.sessionStore = Objects.requireNonNull(store, "store");
    return this;
  }

  /** The template store (default: in memory). */
  public SessionHubBuilder templateStore(TemplateStore store) {
    this.templateStore = Objects.requireNonNull(store, "store");
    return this;
  }

  /** The session cache (default: a local Caffeine cache). */
  public SessionHubBuilder cache(SessionCache cache) {
    this.cache = Objects.requireNonNull(cache, "cache");
    return this;
  }

  /** A local Caffeine cache of at most {@code maximumSize} sessions, each kept at most {@code ttl}. */
  public SessionHubBuilder localCache(long maximumSize, Duration ttl) {
    return cache(new CaffeineSessionCache(maximumSize, ttl));
  }

  /**
   * No session cache: every read goes to the store. Use it when several instances share a store
   * and no shared cache (such as Redis) carries their changes between them, so that no instance
   * serves another's superseded snapshot.
   */
  public SessionHubBuilder noCache() {
    return cache(dev.sessionhub.internal.cache.NoCache.none());
  }

  /** The attachment content store (default: in memory; see also the file-system store). */
  public SessionHubBuilder contentStore(ContentStore store) {
    this.contentStore = Objects.requireNonNull(store, "store");
    return this;
  }

  /** The clock every time comes from (default: system UTC). */
  public SessionHubBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** The id generator (default: UUIDv7 from the clock). */
  public SessionHubBuilder idGenerator(IdGenerator ids) {
    this.ids = Objects.requireNonNull(ids, "ids");
    return this;
  }

  /** A listener called on the writing thread after each change is stored. */
  public SessionHubBuilder listener(SessionListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /** A listener called on the host's executor, one event at a time, in order. */
  public SessionHubBuilder asyncListener(SessionListener listener, Executor executor) {
    asyncListeners.add(new EventDispatcher.AsyncRegistration(Objects.requireNonNull(listener, "listener"),
        Objects.requireNonNull(executor, "executor")));
    return this;
  }

  /** Where events go beyond this instance (default: nowhere). */
  public SessionHubBuilder eventPublisher(EventPublisher publisher) {
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    return this;
  }

  /**
   * The secret that signs page cursors; at least 16 bytes. The default is random per hub, so
   * cursors cannot be forged; instances behind one load balancer sharing a store must share a
   * secret, or a cursor from one is rejected (as a validation error) by the others.
   */
  public SessionHubBuilder cursorSecret(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("a cursor secret needs at least 16 bytes");
    }
    this.cursorSecret = secret.clone();
    return this;
  }

  /** How many times a commuting append (comment, learning, upload) is tried on conflict, with jittered backoff; default 10. */
  public SessionHubBuilder maxAttempts(int attempts) {
    if (attempts < 1 || attempts > 100) {
      throw new IllegalArgumentException("attempts must be 1 to 100");
    }
    this.maxAttempts = attempts;
    return this;
  }

  /** Upload limits: the largest size in bytes, and the content types allowed (empty: any). */
  public SessionHubBuilder attachments(long maxBytes, Set<String> allowedContentTypes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxAttachmentBytes = maxBytes;
    this.allowedContentTypes = Set.copyOf(allowedContentTypes);
    return this;
  }

  /** How long attachment content is kept after a session is archived (default 30 days). */
  public SessionHubBuilder attachmentRetention(Duration retention) {
    if (retention.isNegative()) {
      throw new IllegalArgumentException("retention must not be negative");
    }
    this.attachmentRetention = retention;
    return this;
  }

  private static byte[] randomSecret() {
    byte[] secret = new byte[32];
    new java.security.SecureRandom().nextBytes(secret);
    return secret;
  }

  /** Builds the hub. */
  public SessionHub build() {
    return new DefaultSessionHub(new DefaultSessionHub.Config(
        sessionStore != null ? sessionStore : new InMemorySessionStore(),
        templateStore != null ? templateStore : new InMemoryTemplateStore(),
        cache != null ? cache : new CaffeineSessionCache(10_000, Duration.ofHours(1)),
        contentStore != null ? contentStore : new InMemoryContentStore(),
        clock,
        ids != null ? ids : new UuidV7Generator(clock),
        new EventDispatcher(listeners, asyncListeners, publisher),
        cursorSecret, maxAttempts, maxAttachmentBytes, allowedContentTypes, attachmentRetention));
  }
}
