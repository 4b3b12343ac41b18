package dev.sessionhub.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

@DisplayName("The OpenAPI document")
class OpenApiDocumentTest extends HttpTestSupport {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  @DisplayName("is served, and lists every endpoint the application really maps, with its headers and bodies")
  void matchesTheRealEndpoints() {
    MvcResult r = perform(get("/v3/api-docs"));
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    JsonNode doc = body(r);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    List<String> real = new ArrayList<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      if (!method.getBeanType().getPackageName().startsWith("dev.sessionhub.spring.web")) {
        return;
      }
      for (String path : info.getPatternValues()) {
        for (RequestMethod m : info.getMethodsCondition().getMethods()) {
          real.add(m.name().toLowerCase(Locale.ROOT) + " " + path);
        }
      }
    });
    assertThat(real).hasSizeGreaterThanOrEqualTo(40);
    for (String endpoint : real) {
      String[] mp = endpoint.split(" ");
      JsonNode op = doc.get("paths").get(mp[1]) == null ? null : doc.get("paths").get(mp[1]).get(mp[0]);
      assertThat(op).as(endpoint + " in the document").isNotNull();
      assertThat(op.get("responses").has("4XX")).as(endpoint).isTrue();
    }
    JsonNode patch = doc.get("paths").get("/api/sessions/{id}").get("patch");
    assertThat(patch.get("parameters").findValuesAsString("name")).contains("id", "If-Match");
    assertThat(patch.get("requestBody").get("content").has("application/merge-patch+json")).isTrue();
    JsonNode create = doc.get("paths").get("/api/sessions").get("post");
    assertThat(create.get("parameters").findValuesAsString("name")).contains("Idempotency-Key");
    assertThat(doc.get("paths").get("/api/sessions").get("get").get("parameters").findValuesAsString("name"))
        .contains("q", "status", "cursor", "size");
    assertThat(doc.get("paths").get("/api/sessions/{id}/attachments").get("post").get("requestBody").get("content")
        .has("multipart/form-data")).isTrue();
    assertThat(doc.get("components").get("securitySchemes").get("basic").get("scheme").asText()).isEqualTo("basic");
  }
}
