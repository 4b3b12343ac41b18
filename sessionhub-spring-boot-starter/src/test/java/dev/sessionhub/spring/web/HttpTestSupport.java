package dev.sessionhub.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** MockMvc through the real security filter chain, with helpers to act as a user and read JSON. */
@SpringBootTest(classes = RestTestApp.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
abstract class HttpTestSupport {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired
  MockMvc mvc;

  static RequestPostProcessor as(String user) {
    String token = Base64.getEncoder().encodeToString((user + ":" + RestTestApp.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return r -> {
      r.addHeader("Authorization", "Basic " + token);
      return r;
    };
  }

  MvcResult perform(MockHttpServletRequestBuilder request) {
    try {
      return mvc.perform(request).andReturn();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static JsonNode body(MvcResult r) {
    try {
      return JSON.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String etag(MvcResult r) {
    return r.getResponse().getHeader("ETag");
  }

  /** A session created by {@code owner} with the given JSON body; returns the 201 response. */
  MvcResult create(String owner, String json) {
    MvcResult r = perform(post("/api/sessions").with(as(owner)).contentType(MediaType.APPLICATION_JSON).content(json));
    assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsByteArray().length + " bytes").isEqualTo(201);
    return r;
  }

  String createId(String owner, String name) {
    return body(create(owner, "{\"name\":\"" + name + "\"}")).get("id").asText();
  }

  MvcResult read(String user, String id) {
    return perform(get("/api/sessions/" + id).with(as(user)));
  }

  /** Asserts an RFC 9457 problem of this status and returns it. */
  static JsonNode problem(MvcResult r, int status) {
    String text;
    try {
      text = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(r.getResponse().getStatus()).as(text).isEqualTo(status);
    assertThat(r.getResponse().getContentType()).as(text).startsWith("application/problem+json");
    JsonNode p = body(r);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("type").asText()).isNotBlank();
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("instance").asText()).startsWith("/");
    assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
    return p;
  }
}
