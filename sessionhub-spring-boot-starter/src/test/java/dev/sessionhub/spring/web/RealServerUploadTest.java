package dev.sessionhub.spring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads and downloads through a real Tomcat: the upload bypasses the servlet container's and
 * Spring's multipart parsing (whose default 1 MB file limit would refuse a 3 MB file), streams
 * into the hub, and is refused with 413 past {@code sessionhub.web.max-upload-size}.
 */
@SpringBootTest(classes = RestTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "sessionhub.web.max-upload-size=5MB")
@DisplayName("Attachments through a real server")
class RealServerUploadTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<byte[]> send(HttpRequest.Builder b) throws Exception {
    String auth = Base64.getEncoder().encodeToString(("ann:" + RestTestApp.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return client.send(b.header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  @Test
  @DisplayName("a 3 MB file streams in and comes back byte for byte; 5 MB + 1 is a 413 problem")
  void uploadAndDownload() throws Exception {
    HttpResponse<byte[]> created = send(HttpRequest.newBuilder(uri("/api/sessions"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"files\"}")));
    assertThat(created.statusCode()).isEqualTo(201);
    String id = JSON.readTree(created.body()).get("id").asText();
    byte[] content = new byte[3 * 1024 * 1024];
    Arrays.fill(content, (byte) 'a');
    content[content.length - 1] = 'z';
    HttpResponse<byte[]> up = send(HttpRequest.newBuilder(uri("/api/sessions/" + id + "/attachments"))
        .header("Content-Type", "multipart/form-data; boundary=real-boundary")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.file("real-boundary", "big.bin", "application/octet-stream", content))));
    assertThat(up.statusCode()).as(new String(up.body(), StandardCharsets.UTF_8)).isEqualTo(201);
    JsonNode attachment = JSON.readTree(up.body()).get("attachments").get(0);
    HttpResponse<byte[]> down = send(HttpRequest.newBuilder(uri("/api/sessions/" + id + "/attachments/" + attachment.get("id").asText())).GET());
    assertThat(down.statusCode()).isEqualTo(200);
    assertThat(down.body()).isEqualTo(content);
    assertThat(down.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    assertThat(down.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    byte[] tooBig = new byte[5 * 1024 * 1024 + 1];
    HttpResponse<byte[]> refused = send(HttpRequest.newBuilder(uri("/api/sessions/" + id + "/attachments"))
        .header("Content-Type", "multipart/form-data; boundary=real-boundary")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.file("real-boundary", "huge.bin", "application/octet-stream", tooBig))));
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    HttpResponse<byte[]> after = send(HttpRequest.newBuilder(uri("/api/sessions/" + id)).GET());
    assertThat(JSON.readTree(after.body()).get("attachments").size()).isEqualTo(1);
  }
}
