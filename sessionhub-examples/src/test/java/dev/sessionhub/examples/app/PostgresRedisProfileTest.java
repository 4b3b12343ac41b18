package dev.sessionhub.examples.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.SessionListener;
import dev.sessionhub.model.event.SessionEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import redis.embedded.RedisServer;

/**
 * The README's {@code postgres-redis} profile as its users run it: two instances of the example
 * app, each configured only through the profile's documented variables ({@code SESSIONHUB_DB_URL},
 * {@code SESSIONHUB_DB_USER}, {@code SESSIONHUB_DB_PASSWORD}, {@code SESSIONHUB_REDIS_URL}) plus a
 * shared cursor secret, on one PostgreSQL and one Redis that the test starts. A write on one
 * instance is what the other serves next, although both hold the session in their local cache
 * (with local caches alone, the other instance would answer its older copy), and each instance's
 * listeners get the other's events.
 */
@DisplayName("The example app, profile postgres-redis: two instances on one PostgreSQL and one Redis")
class PostgresRedisProfileTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  private static EmbeddedPostgres postgres;
  private static RedisServer redis;
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;
  private static final List<SessionEvent> SECOND_HEARD = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    int redisPort = freePort();
    redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1").setting("save \"\"")
        .setting("appendonly no").build();
    redis.start();
    Path data = Files.createTempDirectory("sessionhub-postgres-redis");
    first = instance("first", data, redisPort, null);
    second = instance("second", data, redisPort, SECOND_HEARD::add);
  }

  @AfterAll
  static void stop() throws IOException {
    for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {first, second}) {
      if (c != null) {
        c.close();
      }
    }
    if (redis != null) {
      redis.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private static ConfigurableApplicationContext instance(String name, Path data, int redisPort,
      SessionListener listener) {
    SpringApplicationBuilder app = new SpringApplicationBuilder(ExampleApplication.class).profiles("postgres-redis");
    if (listener != null) {
      app.initializers(c -> c.getBeanFactory().registerSingleton("testListener", listener));
    }
    return app.run(
        "--server.port=0",
        "--SESSIONHUB_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--SESSIONHUB_DB_USER=postgres",
        "--SESSIONHUB_DB_PASSWORD=",
        "--SESSIONHUB_REDIS_URL=redis://127.0.0.1:" + redisPort,
        "--sessionhub.cursor-secret=one secret for every instance",
        "--sessionhub.instance-id=" + name,
        "--example.data-dir=" + data.resolve(name),
        "--sessionhub.attachments.root=" + data.resolve("attachments"));
  }

  private static Http http(ConfigurableApplicationContext c) {
    return new Http(((WebServerApplicationContext) c).getWebServer().getPort());
  }

  @Test
  @DisplayName("each write on one instance is read back at once on the other, and its events arrive there")
  void writesAlternate() throws InterruptedException {
    Http a = http(first);
    Http b = http(second);
    HttpResponse<String> created = a.postJson("/api/sessions", "alice", "demo", "{\"template\":\"bug-fix\","
        + "\"parameters\":{\"component\":\"the login form\"},\"name\":\"Login fails on Safari\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher m = ID.matcher(created.body());
    assertThat(m.find()).isTrue();
    String id = m.group(1);
    String path = "/api/sessions/" + id;
    assertThat(etag(a.get(path, "alice", "demo"))).isEqualTo("\"1\"");
    assertThat(etag(b.get(path, "alice", "demo"))).isEqualTo("\"1\"");

    long version = 1;
    for (int i = 0; i < 10; i++) {
      Http writer = i % 2 == 0 ? b : a;
      Http reader = i % 2 == 0 ? a : b;
      HttpResponse<String> comment = writer.postJson(path + "/comments", "alice", "demo",
          "{\"body\":\"note " + i + "\"}");
      assertThat(comment.statusCode()).as(comment.body()).isEqualTo(201);
      version++;
      assertThat(etag(reader.get(path, "alice", "demo"))).as("read after write %d", i)
          .isEqualTo("\"" + version + "\"");
    }
    HttpResponse<String> started = a.send(a.request(path)
        .header("Authorization", Http.basic("alice", "demo")).header("Content-Type", "application/json")
        .header("If-Match", "\"" + version + "\"")
        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"start\"}")).build());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    version++;
    HttpResponse<String> onSecond = b.get(path, "alice", "demo");
    assertThat(etag(onSecond)).isEqualTo("\"" + version + "\"");
    assertThat(onSecond.body()).contains("\"status\":\"ACTIVE\"");
    assertThat(b.get("/api/sessions?q=safari", "alice", "demo").body()).contains(id);

    // The second instance's listener hears the first's writes (the create, comments 2, 4, .., the
    // start) over the Redis stream, as well as its own.
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    long finalVersion = version;
    while (System.nanoTime() < deadline
        && SECOND_HEARD.stream().noneMatch(e -> e.sessionId().equals(id) && e.version() == finalVersion)) {
      Thread.sleep(20);
    }
    List<Long> heard = SECOND_HEARD.stream().filter(e -> e.sessionId().equals(id)).map(SessionEvent::version)
        .distinct().sorted().toList();
    assertThat(heard).containsExactlyElementsOf(
        java.util.stream.LongStream.rangeClosed(1, version).boxed().toList());
  }

  @Test
  @DisplayName("both instances report the Redis cache healthy")
  void health() {
    for (ConfigurableApplicationContext c : List.of(first, second)) {
      HttpResponse<String> health = http(c).send(http(c).request("/actuator/health").GET().build());
      assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"UP\"");
    }
  }

  private static String etag(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
