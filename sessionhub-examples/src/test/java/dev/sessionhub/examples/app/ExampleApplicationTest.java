package dev.sessionhub.examples.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.SessionHub;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@DisplayName("The example app, on its defaults")
@SpringBootTest(classes = ExampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExampleApplicationTest {

  private static final Path DATA_DIR = tempDir();

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("example.data-dir", () -> DATA_DIR.resolve("data").toString());
  }

  @LocalServerPort
  int port;

  @Autowired
  SessionHub hub;

  @Autowired
  DataSource dataSource;

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @ParameterizedTest(name = "{0} signs in with HTTP Basic and the demo password")
  @ValueSource(strings = {"alice", "bob", "carol"})
  void demoUsersAuthenticate(String user) {
    HttpResponse<String> response = http.get("/api/sessions", user, "demo");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  @DisplayName("a wrong password is 401 with a Basic challenge and a problem document")
  void wrongPassword() {
    HttpResponse<String> response = http.get("/api/sessions", "alice", "not-demo");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"SessionHub\"");
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":401");
  }

  @Test
  @DisplayName("an unknown user is 401, and so is the API without credentials")
  void unknownUserAndNoCredentials() {
    assertThat(http.get("/api/sessions", "mallory", "demo").statusCode()).isEqualTo(401);
    assertThat(http.send(http.request("/api/sessions").GET().build()).statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("a browser without a session is sent to the login form; health is open")
  void browserGoesToLogin() {
    HttpResponse<String> page = http.send(http.request("/").header("Accept", "text/html").GET().build());
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(http.send(http.request("/login").GET().build()).body()).contains("name=\"_csrf\"");
    assertThat(http.send(http.request("/actuator/health").GET().build()).body()).contains("\"status\":\"UP\"");
    HttpResponse<String> home = http.get("/", "alice", "demo");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("SessionHub example app").contains("api/sessions");
  }

  @Test
  @DisplayName("the acting user is the signed-in user: alice creates, carol (not a member) sees nothing")
  void principalActs() {
    HttpResponse<String> created = http.postJson("/api/sessions", "alice", "demo", "{\"name\":\"Principal check\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    String path = location.substring(location.indexOf("/api/"));
    assertThat(http.get(path, "alice", "demo").body()).contains("Principal check").contains("\"ownerId\":\"alice\"");
    assertThat(http.get(path, "carol", "demo").statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("a login-form session needs the CSRF token to change anything; a Basic request does not")
  void csrf() {
    HttpResponse<String> form = http.send(http.request("/login").GET().build());
    String cookies = cookies(form);
    String token = form.body().replaceFirst("(?s).*name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\".*", "$1");
    HttpResponse<String> login = http.send(http.request("/login").header("Cookie", cookies)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=bob&password=demo&_csrf=" + token)).build());
    assertThat(login.statusCode()).isEqualTo(302);
    String session = cookies(login);
    assertThat(session).contains("JSESSIONID=").contains("XSRF-TOKEN=");
    String xsrf = session.replaceFirst(".*XSRF-TOKEN=([^;]+).*", "$1");

    HttpRequest.Builder create = http.request("/api/sessions").header("Cookie", session)
        .header("Content-Type", "application/json");
    HttpResponse<String> withoutToken = http.send(create.copy()
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Cookie, no token\"}")).build());
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(withoutToken.body()).contains("\"status\":403", "no valid CSRF token");
    HttpResponse<String> withToken = http.send(create.copy().header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Cookie and token\"}")).build());
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
    assertThat(withToken.body()).contains("\"ownerId\":\"bob\"");
  }

  @Test
  @DisplayName("a Basic request with a body a cross-site form could send needs X-Requested-With or the CSRF token")
  void csrfForFormBodies() {
    String id = hub.create("alice", dev.sessionhub.NewSession.named("Upload target")).id();
    String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\nhello\r\n--b--\r\n";
    HttpRequest.Builder upload = http.request("/api/sessions/" + id + "/attachments")
        .header("Authorization", Http.basic("alice", "demo"))
        .header("Content-Type", "multipart/form-data; boundary=b");
    HttpResponse<String> likeAForm = http.send(upload.copy().POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(likeAForm.statusCode()).isEqualTo(403);
    assertThat(hub.get("alice", id).attachments()).isEmpty();
    HttpResponse<String> fromAClient = http.send(upload.copy().header("X-Requested-With", "curl")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(fromAClient.statusCode()).as(fromAClient.body()).isEqualTo(201);
    assertThat(hub.get("alice", id).attachments()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("a.txt"));
  }

  @Test
  @DisplayName("the hub stores its sessions in the H2 file under example.data-dir")
  void h2FileUnderDataDir() throws SQLException {
    String id = hub.create("alice", dev.sessionhub.NewSession.named("Stored in the file")).id();
    assertThat(DATA_DIR.resolve("data/sessionhub.mv.db")).isRegularFile();
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:h2:file:" + DATA_DIR.resolve("data/sessionhub"));
      assertThat(tables(connection)).as("SessionHub's schema in that file").isNotEmpty();
    }
    assertThat(hub.get("alice", id).name()).isEqualTo("Stored in the file");
  }

  @Test
  @DisplayName("attachments land in files under example.data-dir/attachments")
  void attachmentsUnderDataDir() throws IOException {
    String id = hub.create("bob", dev.sessionhub.NewSession.named("With a file")).id();
    hub.uploadAttachment("bob", id, "notes.txt", "text/plain",
        new java.io.ByteArrayInputStream("stack trace here".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Path root = DATA_DIR.resolve("data/attachments");
    try (var files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).toList()).as("files under " + root).isNotEmpty();
    }
  }

  @Test
  @DisplayName("serves the API's OpenAPI document to a signed-in user")
  void openApi() {
    HttpResponse<String> doc = http.get("/v3/api-docs", "carol", "demo");
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(doc.body()).contains("\"openapi\"").contains("/api/sessions/{id}/comments");
    assertThat(http.send(http.request("/v3/api-docs").GET().build()).statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("the benchmark's floor endpoints are off without the bench profile")
  void noFloorByDefault() {
    assertThat(http.get("/bench/floor/session", "alice", "demo").statusCode()).isEqualTo(404);
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        if (!"INFORMATION_SCHEMA".equals(rs.getString("TABLE_SCHEM"))) {
          names.add(rs.getString("TABLE_NAME"));
        }
      }
    }
    return names;
  }

  private static String cookies(HttpResponse<String> response) {
    return String.join("; ", response.headers().allValues("Set-Cookie").stream()
        .map(c -> c.substring(0, c.indexOf(';')))
        .filter(c -> !c.endsWith("="))
        .toList());
  }

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("sessionhub-example-test");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
