package dev.sessionhub.cache.redis;

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
 * The Redis the tests use: an embedded redis-server started once per test JVM on a free port, or
 * an external one named by the system property {@code sessionhub.test.redis} or the environment
 * variable {@code SESSIONHUB_TEST_REDIS} ({@code redis://host:port}). {@link #ownServer()} starts a
 * server of a test's own, for tests that stop and restart it.
 */
final class TestRedis {

  private static HostAndPort shared;

  private TestRedis() {}

  /** The shared server's address, starting it on first use. */
  static synchronized HostAndPort address() {
    if (shared == null) {
      String external = System.getProperty("sessionhub.test.redis", System.getenv("SESSIONHUB_TEST_REDIS"));
      if (external != null && !external.isBlank()) {
        URI uri = URI.create(external);
        shared = new HostAndPort(uri.getHost(), uri.getPort());
      } else {
        Server server = ownServer();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        shared = server.address();
      }
    }
    return shared;
  }

  /** A pooled client of the shared server, with a short socket timeout as the module advises. */
  static RedisClient client() {
    return client(address());
  }

  static RedisClient client(HostAndPort address) {
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(64);
    pool.setMaxIdle(64);
    return RedisClient.builder().hostAndPort(address).poolConfig(pool)
        .clientConfig(DefaultJedisClientConfig.builder().timeoutMillis(250).build()).build();
  }

  /** A new embedded server on a free port, without persistence, started. */
  static Server ownServer() {
    int port = freePort();
    try {
      RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"")
          .setting("appendonly no").build();
      Server s = new Server(server, new HostAndPort("127.0.0.1", port));
      s.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An embedded server that a test may stop and start again on the same port. */
  record Server(RedisServer server, HostAndPort address) {
    void start() {
      try {
        server.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void stop() {
      try {
        server.stop();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
