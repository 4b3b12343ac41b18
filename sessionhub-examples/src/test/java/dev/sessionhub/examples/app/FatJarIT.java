package dev.sessionhub.examples.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged fat jar as a user would, {@code java -jar sessionhub-examples-VERSION.jar},
 * in an empty working directory on a free port, and talks to it over HTTP.
 */
@DisplayName("The example app's fat jar, started with java -jar")
class FatJarIT {

  private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
  private static final long START_SECONDS = 180;

  @TempDir
  static Path workDir;

  private static final List<String> log = new CopyOnWriteArrayList<>();
  private static Process app;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    Path jar = Path.of(System.getProperty("example.jar", "target/sessionhub-examples-0.1.0-SNAPSHOT.jar"))
        .toAbsolutePath();
    assertThat(jar).as("the jar the package phase built").isRegularFile();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    app = new ProcessBuilder(java.toString(), "-Xmx512m", "-jar", jar.toString(), "--server.port=0")
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .start();
    Thread reader = new Thread(FatJarIT::readLog, "fat-jar-log");
    reader.setDaemon(true);
    reader.start();
    http = new Http(awaitPort());
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (app != null) {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  @DisplayName("reports UP, serves the API to alice and refuses a wrong password")
  void serves() {
    assertThat(http.send(http.request("/actuator/health").GET().build()).body()).contains("\"status\":\"UP\"");
    HttpResponse<String> created = http.postJson("/api/sessions", "alice", "demo", "{\"name\":\"From the fat jar\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> found = http.get("/api/sessions?q=jar", "alice", "demo");
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.body()).contains("From the fat jar");
    assertThat(http.get("/api/sessions", "alice", "wrong").statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("keeps its data under ./sessionhub-data of its working directory and warns about the demo password")
  void dataAndWarning() {
    assertThat(workDir.resolve("sessionhub-data/sessionhub.mv.db")).isRegularFile();
    assertThat(log).anySatisfy(line -> assertThat(line).contains("WARN").contains("demo password"));
  }

  private static int awaitPort() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
    while (System.nanoTime() < deadline) {
      for (String line : log) {
        Matcher m = PORT.matcher(line);
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      if (!app.isAlive()) {
        throw new AssertionError("the app exited with " + app.exitValue() + ":\n" + String.join("\n", log));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no \"Tomcat started on port\" within " + START_SECONDS + " s:\n" + String.join("\n", log));
  }

  private static void readLog() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        log.add(line);
      }
    } catch (IOException e) {
      log.add("(log reader stopped: " + e + ")");
    }
  }
}
