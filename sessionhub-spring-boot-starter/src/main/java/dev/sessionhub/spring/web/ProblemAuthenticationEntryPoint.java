package dev.sessionhub.spring.web;

import dev.sessionhub.spring.web.internal.ProblemResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A Spring Security {@link AuthenticationEntryPoint} that answers as the REST API answers every
 * error: 401 with an RFC 9457 problem document ({@code application/problem+json}, type
 * {@code urn:sessionhub:problem:unauthenticated}) and a {@code WWW-Authenticate} challenge.
 * Without it, a request that the host's security filters refuse (no or wrong credentials) gets
 * Spring Security's own answer (a bare 401, or a redirect to a login page), while one that
 * reaches the API without a user gets the problem document.
 *
 * <p>The starter declares one as the bean {@code sessionHubAuthenticationEntryPoint} when Spring
 * Security is present, with {@code sessionhub.web.authentication-challenge} as its challenge. Use
 * it in the host's filter chain for the API's paths, for example:
 *
 * <pre>{@code
 * http.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
 *     .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(entryPoint,
 *         PathPatternRequestMatcher.withDefaults().matcher("/api/**")));
 * }</pre>
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private final @Nullable String challenge;
  private final String detail;

  /**
   * @param challenge the {@code WWW-Authenticate} value (e.g. {@code Basic realm="SessionHub"}), or
   *     {@code null} or blank for none
   * @param detail the problem's {@code detail}: what the client should do, e.g. how to sign in
   */
  public ProblemAuthenticationEntryPoint(@Nullable String challenge, String detail) {
    this.challenge = challenge;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
    ProblemResolver.writeUnauthenticated(request, response, detail, challenge);
  }
}
