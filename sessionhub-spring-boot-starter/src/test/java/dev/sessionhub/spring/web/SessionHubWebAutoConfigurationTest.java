package dev.sessionhub.spring.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.SessionHub;
import dev.sessionhub.spring.web.internal.ProblemResolver;
import dev.sessionhub.spring.web.internal.SessionController;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.InvalidCsrfTokenException;

@DisplayName("The REST API's auto-configuration")
class SessionHubWebAutoConfigurationTest {

  private final WebApplicationContextRunner web = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SessionHubWebAutoConfiguration.class));

  @Test
  @DisplayName("registers the API in a servlet web application with a SessionHub bean")
  void registers() {
    web.withBean(SessionHub.class, SessionHub::inMemory).run(ctx -> {
      assertThat(ctx).hasSingleBean(SessionController.class).hasSingleBean(ProblemResolver.class);
      assertThat(ctx.getBean(SessionHubWebProperties.class).getBasePath()).isEqualTo("/api");
    });
  }

  @Test
  @DisplayName("stays off with sessionhub.web.enabled=false, without a hub, or outside a web application")
  void conditions() {
    web.withBean(SessionHub.class, SessionHub::inMemory).withPropertyValues("sessionhub.web.enabled=false")
        .run(ctx -> assertThat(ctx).doesNotHaveBean(SessionController.class));
    web.run(ctx -> assertThat(ctx).doesNotHaveBean(SessionController.class));
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SessionHubWebAutoConfiguration.class))
        .withBean(SessionHub.class, SessionHub::inMemory)
        .run(ctx -> assertThat(ctx).doesNotHaveBean(SessionController.class));
  }

  @Test
  @DisplayName("binds its properties and refuses a bad base path or page sizes at startup")
  void properties() {
    web.withBean(SessionHub.class, SessionHub::inMemory)
        .withPropertyValues("sessionhub.web.base-path=/v2", "sessionhub.web.max-upload-size=1MB",
            "sessionhub.web.default-page-size=10", "sessionhub.web.max-page-size=20", "sessionhub.web.retry-after=30s")
        .run(ctx -> {
          SessionHubWebProperties p = ctx.getBean(SessionHubWebProperties.class);
          assertThat(p.getBasePath()).isEqualTo("/v2");
          assertThat(p.getMaxUploadSize().toBytes()).isEqualTo(1024 * 1024);
          assertThat(p.getRetryAfter().toSeconds()).isEqualTo(30);
        });
    web.withBean(SessionHub.class, SessionHub::inMemory).withPropertyValues("sessionhub.web.base-path=api/")
        .run(ctx -> assertThat(ctx).hasFailed());
    web.withBean(SessionHub.class, SessionHub::inMemory).withPropertyValues("sessionhub.web.default-page-size=600")
        .run(ctx -> assertThat(ctx).hasFailed());
  }

  @Test
  @DisplayName("offers the API's 401 problem document as a Spring Security entry point, and gives way to the host's")
  void authenticationEntryPoint() {
    web.withBean(SessionHub.class, SessionHub::inMemory)
        .withPropertyValues("sessionhub.web.authentication-challenge=Bearer realm=\"api\"")
        .run(ctx -> {
          MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/sessions");
          MockHttpServletResponse response = new MockHttpServletResponse();
          ctx.getBean(ProblemAuthenticationEntryPoint.class)
              .commence(request, response, new BadCredentialsException("wrong password"));

          assertThat(response.getStatus()).isEqualTo(401);
          assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"api\"");
          assertThat(response.getContentType()).startsWith("application/problem+json");
          assertThat(response.getContentAsString())
              .contains("\"status\":401", "\"title\":\"Unauthenticated\"", "\"instance\":\"/api/sessions\"",
                  "this request needs an authenticated user", "\"type\":\"urn:sessionhub:problem:unauthenticated\"")
              .doesNotContain("wrong password", "BadCredentials");
        });
    ProblemAuthenticationEntryPoint own = new ProblemAuthenticationEntryPoint(null, "sign in first");
    web.withBean(SessionHub.class, SessionHub::inMemory).withBean(ProblemAuthenticationEntryPoint.class, () -> own)
        .run(ctx -> {
          assertThat(ctx.getBean(ProblemAuthenticationEntryPoint.class)).isSameAs(own);
          MockHttpServletResponse response = new MockHttpServletResponse();
          own.commence(new MockHttpServletRequest("GET", "/api/sessions"), response,
              new BadCredentialsException("x"));
          assertThat(response.getHeader("WWW-Authenticate")).isNull();
          assertThat(response.getContentAsString()).contains("sign in first");
        });
  }

  @Test
  @DisplayName("offers the API's 403 problem document as a Spring Security access-denied handler")
  void accessDeniedHandler() {
    web.withBean(SessionHub.class, SessionHub::inMemory).run(ctx -> {
      ProblemAccessDeniedHandler handler = ctx.getBean(ProblemAccessDeniedHandler.class);
      MockHttpServletResponse csrf = new MockHttpServletResponse();
      handler.handle(new MockHttpServletRequest("POST", "/api/sessions"), csrf,
          new InvalidCsrfTokenException(new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", "expected"), "sent"));
      MockHttpServletResponse other = new MockHttpServletResponse();
      handler.handle(new MockHttpServletRequest("GET", "/api/sessions"), other,
          new org.springframework.security.access.AccessDeniedException("role ADMIN required"));

      assertThat(csrf.getStatus()).isEqualTo(403);
      assertThat(csrf.getContentType()).startsWith("application/problem+json");
      assertThat(csrf.getContentAsString()).contains("\"status\":403",
          "\"type\":\"urn:sessionhub:problem:access-denied\"", "no valid CSRF token")
          .doesNotContain("expected", "sent");
      assertThat(other.getContentAsString()).contains("not allowed for this user").doesNotContain("ADMIN");
    });
  }
}
