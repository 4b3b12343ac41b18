package dev.sessionhub;

import dev.sessionhub.cache.SessionCaches;
import dev.sessionhub.internal.content.InMemoryContentStore;
import dev.sessionhub.internal.hub.DefaultSessionHub;
import dev.sessionhub.internal.hub.EventDispatcher;
import dev.sessionhub.internal.hub.ObservedHub;
import dev.sessionhub.internal.id.UuidV7Generator;
import dev.sessionhub.internal.memory.InMemorySessionStore;
import dev.sessionhub.internal.memory.InMemoryTemplateStore;
import dev.sessionhub.spi.ContentStore;
import dev.sessionhub.spi.EventPublisher;
import dev.sessionhub.spi.EventTransport;
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
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires a {@link SessionHub} explicitly: every adapter is handed in, nothing is discovered on
 * the classpath. Anything not set gets a default: an in-memory session, template and content
 * store, a Caffeine local cache of 10,000 sessions for one hour, the system UTC clock,
 * time-ordered UUIDv7 ids, no event publisher or transport, no observer, a random instance id
 * and cursor secret, 25 MiB uploads of any content type, attachment content kept 30 days after
 * archiving. Not thread-safe; the hub it builds is.
 *
 * <p><b>Several instances.</b> When an event publisher or transport is set (so other instances
 * presumably share the store) but no {@link #cursorSecret(byte[]) cursor secret},
 * {@link #build()} logs one warning: each instance would sign page cursors with its own random
 * secret, and a cursor from one would be refused by the others.
 */
public final class SessionHubBuilder {

  private static final Logger LOG = LoggerFactory.getLogger(SessionHubBuilder.class);
  private static final Pattern INSTANCE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Duration DEFAULT_REORDER_WINDOW = Duration.ofMillis(200);

  private @Nullable SessionStore sessionStore;
  private @Nullable TemplateStore templateStore;
  private @Nullable SessionCache cache;
  private @Nullable ContentStore contentStore;
  private Clock clock = Clock.systemUTC();
  private @Nullable IdGenerator ids;
  private final List<SessionListener> listeners = new ArrayList<>();
  private final List<EventDispatcher.AsyncRegistration> asyncListeners = new ArrayList<>();
  private @Nullable EventPublisher publisher;
  private @Nullable EventTransport transport;
  private Duration reorderWindow = DEFAULT_REORDER_WINDOW;
  private @Nullable String instanceId;
  private final List<OperationObserver> observers = new ArrayList<>();
  private byte @Nullable [] cursorSecret;
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

  /**
   * The session cache (default: a local Caffeine cache). Core's own are in
   * {@link SessionCaches}; keep a reference to a {@link dev.sessionhub.cache.LocalSessionCache} to
   * publish its statistics.
   */
  public SessionHubBuilder cache(SessionCache cache) {
    this.cache = Objects.requireNonNull(cache, "cache");
    return this;
  }

  /**
   * A local Caffeine cache of at most {@code maximumSize} sessions, each kept at most {@code ttl}:
   * {@code cache(SessionCaches.local(maximumSize, ttl))}.
   */
  public SessionHubBuilder localCache(long maximumSize, Duration ttl) {
    return cache(SessionCaches.local(maximumSize, ttl));
  }

  /**
   * No session cache: every read goes to the store. Use it when several instances share a store
   * and no shared cache (such as Redis) carries their changes between them, so that no instance
   * serves another's superseded snapshot: {@code cache(SessionCaches.none())}.
   */
  public SessionHubBuilder noCache() {
    return cache(SessionCaches.none());
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

  /**
   * Where this instance's events go beyond it (default: nowhere), for consumers other than
   * SessionHub instances (an outbox, a log). To share events between instances, use
   * {@link #eventTransport(EventTransport)}; a hub may have both.
   */
  public SessionHubBuilder eventPublisher(EventPublisher publisher) {
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    return this;
  }

  /**
   * Carries events between the instances sharing the store (default: none): this instance's
   * events are published through it, and the other instances' events arrive through it, reach
   * this instance's listeners once each in per-session version order, and drop this instance's
   * cached snapshot of their session. {@link #build()} starts it; {@link SessionHub#close()}
   * stops it. See {@link EventTransport} for the exact guarantees.
   */
  public SessionHubBuilder eventTransport(EventTransport transport) {
    return eventTransport(transport, DEFAULT_REORDER_WINDOW);
  }

  /**
   * An {@link #eventTransport(EventTransport) event transport}, with how long an event that
   * arrives ahead of a gap in its session's versions is held for the missing ones (default
   * 200 ms): longer than the transport's usual spread of delivery times, short enough that a
   * version that never comes delays little.
   *
   * @throws IllegalArgumentException if the window is negative or over 10 seconds
   */
  public SessionHubBuilder eventTransport(EventTransport transport, Duration reorderWindow) {
    Objects.requireNonNull(reorderWindow, "reorderWindow");
    if (reorderWindow.isNegative() || reorderWindow.compareTo(Duration.ofSeconds(10)) > 0) {
      throw new IllegalArgumentException("the reorder window must be 0 to 10 seconds, was " + reorderWindow);
    }
    this.transport = Objects.requireNonNull(transport, "transport");
    this.reorderWindow = reorderWindow;
    return this;
  }

  /**
   * This instance's id among those sharing the store, given to the event transport so that it
   * can drop this instance's own events (default: a random UUID). 1 to 64 letters, digits and
   * {@code . _ : -}; a host name or pod name does.
   *
   * @throws IllegalArgumentException if the id is empty, too long or has other characters
   */
  public SessionHubBuilder instanceId(String id) {
    Objects.requireNonNull(id, "id");
    if (!INSTANCE_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("an instance id is 1 to 64 letters, digits and . _ : -, was \"" + id + "\"");
    }
    this.instanceId = id;
    return this;
  }

  /**
   * Reports every call of every {@link SessionHub} method to {@code observer}, for metrics and
   * tracing (default: none, and then nothing is wrapped). Observers added more than once are all
   * called, in the order added.
   */
  public SessionHubBuilder observer(OperationObserver observer) {
    observers.add(Objects.requireNonNull(observer, "observer"));
    return this;
  }

  /**
   * The secret that signs page cursors; at least 16 bytes. The default is random per hub, so
   * cursors cannot be forged; instances behind one load balancer sharing a store must share a
   * secret, or a cursor from one is rejected (as a validation error) by the others. A hub with an
   * event publisher or transport but no secret logs a warning when built.
   */
  public SessionHubBuilder cursorSecret(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("a cursor secret needs at least 16 bytes");
    }
    this.cursorSecret = secret.clone();
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

  /**
   * Builds the hub and starts its event transport, if any.
   *
   * @throws RuntimeException what the event transport threw if it could not start
   */
  public SessionHub build() {
    if (cursorSecret == null && (publisher != null || transport != null)) {
      LOG.warn("SessionHub built with an event {} but no cursorSecret: this instance signs page cursors with a "
          + "random secret of its own, so another instance will reject its cursors as invalid. Give every "
          + "instance the same SessionHubBuilder.cursorSecret(...).", transport != null ? "transport" : "publisher");
    }
    SessionCache sessionCache = cache != null ? cache : SessionCaches.local(10_000, Duration.ofHours(1));
    EventDispatcher events = new EventDispatcher(listeners, asyncListeners, publishers(),
        transport == null ? null : new EventDispatcher.Inbound(transport,
            instanceId != null ? instanceId : UUID.randomUUID().toString(), sessionCache, reorderWindow));
    SessionHub hub = new DefaultSessionHub(new DefaultSessionHub.Config(
        sessionStore != null ? sessionStore : new InMemorySessionStore(),
        templateStore != null ? templateStore : new InMemoryTemplateStore(),
        sessionCache,
        contentStore != null ? contentStore : new InMemoryContentStore(),
        clock,
        ids != null ? ids : new UuidV7Generator(clock),
        events,
        cursorSecret != null ? cursorSecret : randomSecret(),
        maxAttachmentBytes, allowedContentTypes, attachmentRetention));
    events.start();
    return observers.isEmpty() ? hub : ObservedHub.wrap(hub, observers);
  }

  private List<EventPublisher> publishers() {
    List<EventPublisher> all = new ArrayList<>(2);
    if (publisher != null) {
      all.add(publisher);
    }
    if (transport != null) {
      all.add(transport);
    }
    return all;
  }
}
