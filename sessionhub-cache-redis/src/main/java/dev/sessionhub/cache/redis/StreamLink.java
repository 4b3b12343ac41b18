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
  private static final String APPEND = """
      local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'i', ARGV[2], 'e', ARGV[3])
      redis.call('PEXPIRE', KEYS[1], ARGV[4])
      return id
      """;

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
      List<String> args = List.of(maxLength, self, json.writeEvent(e), ttlMillis);
      Object id = breaker.call(() -> jedis.eval(APPEND, List.of(key), args), null);
      if (id != null) {
        sent.increment();
      } else if (stopped) {
        break;
      } else {
        outbox.offerFirst(e);
        pause();
      }
    }
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
    if (self.equals(fields.get("i")) || stopped) {
      return;
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
