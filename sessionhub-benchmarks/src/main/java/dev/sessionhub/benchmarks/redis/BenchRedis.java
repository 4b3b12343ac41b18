package dev.sessionhub.benchmarks.redis;

import dev.sessionhub.FromTemplate;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.embedded.RedisServer;

/**
 * The Redis of the Redis benchmarks: an embedded redis-server (6.2, from
 * {@code com.github.codemonstur:embedded-redis}) on a free loopback port, without persistence, or
 * the server named by {@code -Dsessionhub.bench.redis=redis://host:port}. Also makes the sessions
 * the benchmarks cache: "bug-fix" sessions from an in-memory hub.
 */
final class BenchRedis implements AutoCloseable {

  private final RedisServer server;
  final RedisClient client;

  BenchRedis() {
    String external = System.getProperty("sessionhub.bench.redis");
    HostAndPort address;
    if (external != null) {
      URI uri = URI.create(external);
      address = new HostAndPort(uri.getHost(), uri.getPort());
      server = null;
    } else {
      int port = freePort();
      try {
        server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"")
            .setting("appendonly no").build();
        server.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      address = new HostAndPort("127.0.0.1", port);
    }
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(16);
    pool.setMaxIdle(16);
    client = RedisClient.builder().hostAndPort(address).poolConfig(pool)
        .clientConfig(DefaultJedisClientConfig.builder().timeoutMillis(1_000).build()).build();
  }

  /** {@code n} sessions made from the "bug-fix" template. */
  static Session[] sessions(int n) {
    SessionHub hub = SessionHub.inMemory();
    FromTemplate spec = FromTemplate.of("bug-fix").with("component", "the login form");
    Session[] out = new Session[n];
    for (int i = 0; i < n; i++) {
      out[i] = hub.createFromTemplate("ann", spec.named("Bug " + i));
    }
    return out;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    client.close();
    if (server != null) {
      try {
        server.stop();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
