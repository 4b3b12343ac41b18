package dev.sessionhub.buildtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The stand-in for Central")
class CentralStandInTest {

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  @DisplayName("keeps an upload and answers with a deployment id, on the loopback interface only")
  void keepsUploads() throws Exception {
    try (CentralStandIn central = CentralStandIn.start()) {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(
              URI.create(central.baseUrl() + "/api/v1/publisher/upload?name=SessionHub%201.0&publishingType=USER_MANAGED"))
          .header("Authorization", "UserToken dG9rZW4=")
          .POST(HttpRequest.BodyPublishers.ofString("bundle bytes")).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(central.baseUrl().getHost()).isEqualTo("127.0.0.1");
      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(response.body()).isEqualTo("rehearsal-deployment-1");
      assertThat(central.uploads()).singleElement().satisfies(upload -> {
        assertThat(upload.query()).containsEntry("name", "SessionHub 1.0").containsEntry("publishingType", "USER_MANAGED");
        assertThat(upload.authorization()).isEqualTo("UserToken dG9rZW4=");
        assertThat(new String(upload.body(), StandardCharsets.UTF_8)).isEqualTo("bundle bytes");
      });
    }
  }

  @Test
  @DisplayName("answers 404 to anything but an upload, and keeps nothing")
  void refusesOtherRequests() throws Exception {
    try (CentralStandIn central = CentralStandIn.start()) {
      HttpResponse<String> status = client.send(HttpRequest.newBuilder(
          URI.create(central.baseUrl() + "/api/v1/publisher/status?id=1")).POST(HttpRequest.BodyPublishers.noBody())
          .build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> get = client.send(HttpRequest.newBuilder(
          URI.create(central.baseUrl() + "/api/v1/publisher/upload")).GET().build(), HttpResponse.BodyHandlers.ofString());

      assertThat(status.statusCode()).isEqualTo(404);
      assertThat(get.statusCode()).isEqualTo(404);
      assertThat(central.uploads()).isEmpty();
    }
  }
}
