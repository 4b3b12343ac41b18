package dev.sessionhub.cache.redis;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.event.SessionEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;

/** The running side of a {@link RedisEventTransport}: the outbox with its sender thread, and the reader thread. */
final class StreamLink {

  private static final Logger LOG = LoggerFactory.getLogger(StreamLink.class);
  /**
   * Appends one event (fields: the instance {@code i}, its sequence number {@code n}, the event
   * {@code e}) and answers its id; unless ARGV[6] names this instance's previous entry and it has
   * vanished from the stream (a Redis restarted without persistence, or a stream that expired,
   * lost it, and with it what the others may not have read yet): then it appends nothing and
   * answers 0, so that the sender first appends its recent events again, in their order.
   */
  private static final String APPEND = """
      if ARGV[6] ~= '' and #redis.call('XRANGE', KEYS[1], ARGV[6], ARGV[6]) == 0 then
        return 0
      end
      local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'i', ARGV[2], 'n', ARGV[5], 'e', ARGV[3])
      redis.call('PEXPIRE', KEYS[1], ARGV[4])
      return id
      """;
  /** How many of its own latest events an instance appends again when the stream lost them. */
  private static final int RECENT_MAX = 256;

  private final UnifiedJedis jedis;
  private final String key;
  private final String maxLength;
  private final String ttlMillis;
  private final int capacity;
  private final Breaker breaker;
  private final String self;
  private final Consumer<SessionEvent> deliver;
  private final SessionJson json = SessionJson.create();
  private final BlockingDeque<SessionEvent> outbox = new LinkedBlockingDeque<>();
  private final LongAdder sent = new LongAdder();
  private final LongAdder received = new LongAdder();
  private final LongAdder dropped = new LongAdder();
  private final LongAdder unreadable = new LongAdder();
  private final Thread sender;
  private final Thread reader;
  private volatile StreamEntryID last = new StreamEntryID();
  /** The sender's own latest appends, oldest first (sender thread only). */
  private final java.util.ArrayDeque<Sent> recent = new java.util.ArrayDeque<>();
  private String lastAppended = "";
  /**
   * This instance's sequence: each event gets the next number, which travels with it, so that
   * a receiver takes each instance's events once even when one is appended twice (again after a
   * lost stream, or a retry of an append whose answer was lost). It starts from the clock, so a
   * restarted instance with the same id continues above its previous numbers.
   */
  private long sequence = System.currentTimeMillis() * 1_000;
  /** Per other instance, the highest sequence number taken (reader thread only). */
  private final Map<String, Long> taken = new java.util.LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
      return size() > 10_000;
    }
  };

  private record Sent(SessionEvent event, long number) {}
  private volatile boolean stopped;

  StreamLink(UnifiedJedis jedis, String key, long maxLength, Duration ttl, int capacity, Breaker breaker, String self,
      Consumer<SessionEvent> deliver) {
    this.jedis = jedis;
    this.key = key;
    this.maxLength = Long.toString(maxLength);
    this.ttlMillis = Long.toString(ttl.toMillis());
    this.capacity = capacity;
    this.breaker = breaker;
    this.self = self;
    this.deliver = deliver;
    this.sender = thread("sessionhub-redis-events-out", this::sendLoop);
    this.reader = thread("sessionhub-redis-events-in", this::readLoop);
  }

  private static Thread thread(String name, Runnable r) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  void start() {
    List<StreamEntry> newest = breaker.call(() -> jedis.xrevrange(key, StreamEntryID.MAXIMUM_ID, StreamEntryID.MINIMUM_ID, 1),
        null);
    if (newest == null) {
      last = new StreamEntryID(System.currentTimeMillis(), 0);
      LOG.warn("{}: Redis unreachable at start; reading events from this machine's time {}", key, last);
    } else if (!newest.isEmpty()) {
      last = newest.get(0).getID();
    }
    sender.start();
    reader.start();
  }

  void publish(SessionEvent event) {
    if (stopped) {
      dropped.increment();
      return;
    }
    outbox.offerLast(event);
    if (outbox.size() > capacity && outbox.pollFirst() != null) {
      dropped.increment();
      if (dropped.sum() == 1 || dropped.sum() % 1_000 == 0) {
        LOG.warn("{}: outbox full ({} events) while Redis is unreachable; {} oldest events dropped so far", key, capacity,
            dropped.sum());
      }
    }
  }

  private void sendLoop() {
    while (!stopped || !outbox.isEmpty()) {
      SessionEvent e;
      try {
        e = outbox.pollFirst(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        break;
      }
      if (e == null) {
        continue;
      }
      if (send(new Sent(e, sequence + 1))) {
        sequence++;
      } else if (stopped) {
        break;
      } else {
        outbox.offerFirst(e);
        pause();
      }
    }
  }

  /**
   * Appends one event, first appending the recent ones again if the stream lost this instance's
   * previous entry; false when Redis could not be reached (the event is then sent later).
   */
  private boolean send(Sent x) {
    Object reply = append(x);
    if (Long.valueOf(0).equals(reply)) {
      LOG.warn("{}: the stream lost this instance's previous entry (Redis restarted without persistence, or the "
          + "stream expired); appending its last {} events again before new ones", key, recent.size());
      lastAppended = "";
      for (Sent old : recent) {
        if (append(old) == null) {
          return false;
        }
      }
      reply = append(x);
    }
    if (reply == null) {
      return false;
    }
    sent.increment();
    recent.addLast(x);
    if (recent.size() > RECENT_MAX) {
      recent.removeFirst();
    }
    return true;
  }

  /** One XADD: the entry's id, 0 when the previous entry vanished, null when Redis is unreachable. */
  private @org.jspecify.annotations.Nullable Object append(Sent x) {
    List<String> args = List.of(maxLength, self, json.writeEvent(x.event()), ttlMillis, Long.toString(x.number()),
        lastAppended);
    Object reply = breaker.call(() -> jedis.eval(APPEND, List.of(key), args), null);
    if (reply != null && !Long.valueOf(0).equals(reply)) {
      lastAppended = reply instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
          : String.valueOf(reply);
    }
    return reply;
  }

  private void readLoop() {
    XReadParams params = XReadParams.xReadParams().count(200).block(500);
    while (!stopped) {
      List<Map.Entry<String, List<StreamEntry>>> batch = breaker.call(() -> jedis.xread(params, Map.of(key, last)),
          List.of());
      if (batch == null) {
        pause();
        continue;
      }
      if (breaker.isOpen()) {
        pause();
        continue;
      }
      for (Map.Entry<String, List<StreamEntry>> stream : batch) {
        for (StreamEntry entry : stream.getValue()) {
          last = entry.getID();
          take(entry);
        }
      }
    }
  }

  private void take(StreamEntry entry) {
    Map<String, String> fields = entry.getFields();
    String origin = fields.get("i");
    if (origin == null || self.equals(origin) || stopped) {
      return;
    }
    long number = parseNumber(fields.get("n"));
    Long before = taken.get(origin);
    if (number >= 0 && before != null && number <= before) {
      return; // appended again after a lost stream, or twice by a retried append: taken already
    }
    if (number >= 0) {
      taken.put(origin, number);
    }
    String text = fields.get("e");
    try {
      SessionEvent event = json.readEvent(text == null ? "" : text);
      received.increment();
      deliver.accept(event);
    } catch (ValidationException e) {
      unreadable.increment();
      LOG.warn("{}: unreadable event {} skipped: {}", key, entry.getID(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("{}: the hub refused event {}", key, entry.getID(), e);
    }
  }

  private static long parseNumber(@org.jspecify.annotations.Nullable String text) {
    try {
      return text == null ? -1 : Long.parseLong(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    // No interrupts: an interrupted Jedis call can return its connection to the pool with a
    // reply unread. The reader's XREAD blocks for at most 500 ms.
    try {
      sender.join(1_500);
      reader.join(1_500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    dropped.add(outbox.size());
    outbox.clear();
  }

  EventTransportStats stats() {
    return new EventTransportStats(sent.sum(), received.sum(), dropped.sum(), outbox.size(),
        breaker.errors() + unreadable.sum());
  }
}
