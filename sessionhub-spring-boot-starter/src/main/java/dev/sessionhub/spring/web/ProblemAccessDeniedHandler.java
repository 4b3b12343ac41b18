package dev.sessionhub.spring.web;

import dev.sessionhub.spring.web.internal.ProblemResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A Spring Security {@link AccessDeniedHandler} that answers as the REST API answers every error:
 * 403 with an RFC 9457 problem document ({@code application/problem+json}, type
 * {@code urn:sessionhub:problem:access-denied}). Without it, a request the host's security filters
 * refuse after authentication (most often a missing or stale CSRF token) gets Spring Boot's error
 * JSON ({@code timestamp}, {@code status}, {@code error}, {@code path}) instead.
 *
 * <p>The detail says whether a CSRF token was the reason; it never repeats the exception's
 * message. The starter declares one as the bean {@code sessionHubAccessDeniedHandler} when Spring
 * Security is present; use it in the host's filter chain:
 * {@code http.exceptionHandling(e -> e.accessDeniedHandler(handler))}.
 */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

  /** Creates the handler. */
  public ProblemAccessDeniedHandler() {}

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) {
    ProblemResolver.writeForbidden(request, response, e instanceof CsrfException
        ? "the request carries no valid CSRF token"
        : "the request is not allowed for this user");
  }
}
