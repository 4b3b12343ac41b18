package dev.sessionhub.spring.web;

import dev.sessionhub.SessionHub;
import dev.sessionhub.spring.autoconfigure.SessionHubAutoConfiguration;
import dev.sessionhub.spring.web.internal.Actors;
import dev.sessionhub.spring.web.internal.Api;
import dev.sessionhub.spring.web.internal.AttachmentController;
import dev.sessionhub.spring.web.internal.CommentController;
import dev.sessionhub.spring.web.internal.MemberController;
import dev.sessionhub.spring.web.internal.OpenApiDocs;
import dev.sessionhub.spring.web.internal.PlanController;
import dev.sessionhub.spring.web.internal.ProblemResolver;
import dev.sessionhub.spring.web.internal.SessionController;
import dev.sessionhub.spring.web.internal.TemplateController;
import dev.sessionhub.spring.web.internal.UploadFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Registers SessionHub's REST API (see the README's "REST API" section) in a servlet web
 * application with Spring MVC and a {@link SessionHub} bean, unless
 * {@code sessionhub.web.enabled=false}: the controllers under {@code sessionhub.web.base-path},
 * the problem-details mapping of every error under that path, and the filter that lets uploads
 * stream. The acting user is always the principal Spring Security authenticated; without Spring
 * Security every request is refused with 401.
 */
@AutoConfiguration(after = SessionHubAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBean(SessionHub.class)
@ConditionalOnProperty(prefix = "sessionhub.web", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(SessionHubWebProperties.class)
public class SessionHubWebAutoConfiguration {

  /**
   * The {@code Content-Type} the client sent. A filter of this starter hides the type of a
   * multipart upload to the API from the filters after it (Spring Security's among them), so
   * that none parses the body before the controller streams it with its size limit; a host
   * filter that decides by the body's type (a CSRF rule, say) asks here instead of
   * {@code request.getContentType()}.
   *
   * @param request the request
   * @return the type the client sent, or null when it sent none
   */
  public static @org.jspecify.annotations.Nullable String clientContentType(jakarta.servlet.http.HttpServletRequest request) {
    Object hidden = request.getAttribute(UploadFilter.ORIGINAL_CONTENT_TYPE);
    return hidden instanceof String type ? type : request.getContentType();
  }

  /** Creates the configuration; Spring calls this. */
  public SessionHubWebAutoConfiguration() {}

  /**
   * What the controllers share.
   *
   * @param hub the hub
   * @param props the API's settings
   * @return the shared parts
   */
  @Bean
  public Api sessionHubApi(SessionHub hub, SessionHubWebProperties props) {
    String base = basePath(props);
    if (props.getMaxPageSize() < 1 || props.getMaxPageSize() > dev.sessionhub.model.Limits.PAGE_SIZE_MAX
        || props.getDefaultPageSize() < 1 || props.getDefaultPageSize() > props.getMaxPageSize()) {
      throw new IllegalStateException("sessionhub.web: need 1 <= default-page-size <= max-page-size <= "
          + dev.sessionhub.model.Limits.PAGE_SIZE_MAX);
    }
    return new Api(hub, new Actors(props.getAuthenticationChallenge()), base, props.getMaxBodySize().toBytes(),
        props.getDefaultPageSize(), props.getMaxPageSize());
  }

  /**
   * Sessions.
   *
   * @param api the shared parts
   * @return the controller
   */
  @Bean
  public SessionController sessionHubSessionController(Api api) {
    return new SessionController(api);
  }

  /**
   * Goals, milestones, blockers, resources, learnings.
   *
   * @param api the shared parts
   * @return the controller
   */
  @Bean
  public PlanController sessionHubPlanController(Api api) {
    return new PlanController(api);
  }

  /**
   * Collaborators and ownership.
   *
   * @param api the shared parts
   * @return the controller
   */
  @Bean
  public MemberController sessionHubMemberController(Api api) {
    return new MemberController(api);
  }

  /**
   * Comments and activity.
   *
   * @param api the shared parts
   * @return the controller
   */
  @Bean
  public CommentController sessionHubCommentController(Api api) {
    return new CommentController(api);
  }

  /**
   * Attachments.
   *
   * @param api the shared parts
   * @param props the API's settings
   * @return the controller
   */
  @Bean
  public AttachmentController sessionHubAttachmentController(Api api, SessionHubWebProperties props) {
    return new AttachmentController(api, props.getMaxUploadSize().toBytes());
  }

  /**
   * Templates.
   *
   * @param api the shared parts
   * @return the controller
   */
  @Bean
  public TemplateController sessionHubTemplateController(Api api) {
    return new TemplateController(api);
  }

  /**
   * Problem details for every error under the base path.
   *
   * @param props the API's settings
   * @return the resolver
   */
  @Bean
  public ProblemResolver sessionHubProblemResolver(SessionHubWebProperties props) {
    return new ProblemResolver(basePath(props), Math.max(1, props.getRetryAfter().toSeconds()));
  }

  /**
   * The filter that lets attachment uploads stream past the multipart resolver.
   *
   * @param props the API's settings
   * @return its registration, for the base path only
   */
  @Bean
  public FilterRegistrationBean<UploadFilter> sessionHubUploadFilter(SessionHubWebProperties props) {
    String base = basePath(props);
    FilterRegistrationBean<UploadFilter> reg = new FilterRegistrationBean<>(new UploadFilter(base));
    reg.addUrlPatterns(base + "/sessions/*");
    reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return reg;
  }

  /**
   * The API's 401 and 403 answers for the host's Spring Security filter chain; only with Spring
   * Security.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.security.web.AuthenticationEntryPoint")
  static class SecurityConfiguration {

    /**
     * A problem-document entry point with the configured challenge.
     *
     * @param props the API's settings
     * @return the entry point, unless the host declared one of this type
     */
    @Bean
    @ConditionalOnMissingBean
    ProblemAuthenticationEntryPoint sessionHubAuthenticationEntryPoint(SessionHubWebProperties props) {
      return new ProblemAuthenticationEntryPoint(props.getAuthenticationChallenge(),
          "this request needs an authenticated user");
    }

    /**
     * A problem-document access-denied handler.
     *
     * @return the handler, unless the host declared one of this type
     */
    @Bean
    @ConditionalOnMissingBean
    ProblemAccessDeniedHandler sessionHubAccessDeniedHandler() {
      return new ProblemAccessDeniedHandler();
    }
  }

  /**
   * Completes springdoc's OpenAPI document with what the controllers read by hand (headers,
   * bodies, search parameters) and the problem responses; only when the host has springdoc.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springdoc.core.customizers.OperationCustomizer")
  static class OpenApiConfiguration {

    @Bean
    OpenApiDocs sessionHubOpenApiDocs() {
      return new OpenApiDocs();
    }
  }

  private static String basePath(SessionHubWebProperties props) {
    String base = props.getBasePath();
    if (base == null || !base.startsWith("/") || base.endsWith("/") || base.contains("*") || base.contains("{")) {
      throw new IllegalStateException("sessionhub.web.base-path must start with '/' and not end with one: " + base);
    }
    return base;
  }
}
