package dev.sessionhub.spring.web.internal;

import dev.sessionhub.error.AccessDeniedException;
import dev.sessionhub.error.ConflictException;
import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.error.HubClosedException;
import dev.sessionhub.error.IllegalTransitionException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every failure of a request under the API's base path with an RFC 9457 problem document:
 * core's exceptions, the HTTP layer's own refusals and Spring MVC's errors (no route, wrong
 * method, media types, missing or mistyped parameters). Unexpected exceptions become a 500
 * without detail, logged once here. Nothing in a response names an exception class or holds a
 * stack trace. Requests outside the base path are left to the host's resolvers.
 */
public final class ProblemResolver implements HandlerExceptionResolver, Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemResolver.class);
  static final String PROBLEM_JSON = "application/problem+json";
  /** Spring Security's firewall refusal, thrown when a header is read; named so that Security stays optional. */
  private static final String REQUEST_REJECTED = "org.springframework.security.web.firewall.RequestRejectedException";

  private final String basePath;
  private final long retryAfterSeconds;

  /**
   * A resolver for requests under {@code basePath}.
   *
   * @param basePath the API's path prefix, such as {@code /api}
   * @param retryAfterSeconds the Retry-After of a 503
   */
  public ProblemResolver(String basePath, long retryAfterSeconds) {
    this.basePath = basePath;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @Override
  public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
      @Nullable Object handler, Exception ex) {
    if (!ours(request, handler)) {
      return null;
    }
    Problem p = problem(ex);
    if (p.status() >= 500 && !(ex instanceof StoreUnavailableException) && !(ex instanceof HubClosedException)) {
      LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), ex);
    } else if (p.status() >= 500) {
      LOG.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
    }
    if (response.isCommitted()) {
      LOG.warn("{} {} failed after the response was committed: {}", request.getMethod(), request.getRequestURI(),
          ex.getMessage());
      return new ModelAndView();
    }
    write(request, response, p);
    return new ModelAndView();
  }

  private boolean ours(HttpServletRequest request, @Nullable Object handler) {
    if (handler instanceof HandlerMethod hm) {
      return hm.getBeanType().getPackageName().equals(ProblemResolver.class.getPackageName());
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(basePath) || path.startsWith(basePath + "/");
  }

  /** What to answer for {@code ex}. */
  Problem problem(Exception ex) {
    if (ex instanceof HttpProblem p) {
      return of(p);
    }
    if (ex instanceof ValidationException e) {
      List<Violation> violations = e.violations().stream().map(v -> new Violation(v.path(), plain(v.message()))).toList();
      return new Problem(400, ProblemTypes.VALIDATION, "Invalid input", plain(e.getMessage()), violations, Map.of(), Map.of());
    }
    if (ex instanceof NotFoundException e) {
      return simple(404, ProblemTypes.NOT_FOUND, "Not found", e.getMessage(), Map.of("kind", e.kind(), "id", e.id()));
    }
    if (ex instanceof AccessDeniedException e) {
      return simple(403, ProblemTypes.ACCESS_DENIED, "Access denied", e.getMessage(), Map.of(
          "operation", e.operation().name(),
          "requiredRole", e.required() == null ? "" : e.required().name(),
          "role", e.actual() == null ? "" : e.actual().name()));
    }
    if (ex instanceof ConflictException e) {
      return simple(412, ProblemTypes.CONFLICT, "Version conflict", e.getMessage()
          + "; read the session again and retry with If-Match: \"" + e.actualVersion() + "\"",
          Map.of("expectedVersion", e.expectedVersion(), "currentVersion", e.actualVersion()));
    }
    if (ex instanceof DuplicateIdException e) {
      return simple(409, ProblemTypes.DUPLICATE, "Already exists", e.getMessage(), Map.of("id", e.id()));
    }
    if (ex instanceof IllegalTransitionException e) {
      return simple(409, ProblemTypes.ILLEGAL_TRANSITION, "Illegal transition", e.getMessage(),
          Map.of("sessionStatus", e.from().name(), "operation", e.operation().name()));
    }
    if (ex instanceof StoreUnavailableException) {
      return new Problem(503, ProblemTypes.UNAVAILABLE, "Store unavailable",
          "the session store could not be reached; a change may have been stored all the same: read before retrying an edit",
          List.of(), Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds)), Map.of());
    }
    if (ex instanceof HubClosedException) {
      return new Problem(503, ProblemTypes.CLOSED, "Shutting down", "the service is shutting down", List.of(),
          Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds)), Map.of());
    }
    return spring(ex);
  }

  private Problem spring(Exception ex) {
    if (ex.getClass().getName().equals(REQUEST_REJECTED)) {
      return new Problem(400, ProblemTypes.VALIDATION, "Invalid input",
          "a header or the path holds characters that are not allowed", List.of(new Violation("request",
          "a header or the path holds characters that are not allowed")), Map.of(), Map.of());
    }
    if (ex instanceof MethodArgumentTypeMismatchException e) {
      return badRequest(e.getName(), "is not a valid value");
    }
    if (ex instanceof TypeMismatchException e) {
      return badRequest(e.getPropertyName() == null ? "request" : e.getPropertyName(), "is not a valid value");
    }
    if (ex instanceof MissingServletRequestParameterException e) {
      return badRequest(e.getParameterName(), "is required");
    }
    if (ex instanceof MissingRequestHeaderException e) {
      return badRequest(e.getHeaderName(), "is required");
    }
    if (ex instanceof HttpMessageNotReadableException) {
      return badRequest("body", "is not readable");
    }
    if (ex instanceof HttpMediaTypeNotAcceptableException) {
      return new Problem(406, ProblemTypes.BLANK, "Not Acceptable",
          "this resource is available as application/json only", List.of(), Map.of(), Map.of());
    }
    if (ex instanceof ErrorResponse e) {
      int status = e.getStatusCode().value();
      Map<String, String> headers = new java.util.LinkedHashMap<>();
      e.getHeaders().forEach((k, v) -> headers.put(k, String.join(", ", v)));
      String detail = e.getBody().getDetail();
      return new Problem(status, ProblemTypes.BLANK, reason(status), detail == null ? reason(status) : detail,
          List.of(), headers, Map.of());
    }
    return new Problem(500, ProblemTypes.INTERNAL, "Internal Server Error", null, List.of(), Map.of(), Map.of());
  }

  /** A parser's wording without the names of its classes and features, which mean nothing to a client. */
  static String plain(String message) {
    String s = PARSER_NAMES.matcher(message).replaceAll("");
    return TOKEN_NAMES.matcher(s).replaceAll("$1");
  }

  private static final java.util.regex.Pattern PARSER_NAMES =
      java.util.regex.Pattern.compile("\\s*\\(bound as `[^`]*`\\)|:?\\s*not allowed as per `[^`]*`");
  private static final java.util.regex.Pattern TOKEN_NAMES = java.util.regex.Pattern.compile("`JsonToken\\.([A-Z_]+)`");

  private static Problem badRequest(String path, String message) {
    return new Problem(400, ProblemTypes.VALIDATION, "Invalid input", path + ": " + message,
        List.of(new Violation(path, message)), Map.of(), Map.of());
  }

  private static Problem simple(int status, String type, String title, String detail, Map<String, Object> extra) {
    return new Problem(status, type, title, detail, List.of(), Map.of(), extra);
  }

  private static String reason(int status) {
    HttpStatus s = HttpStatus.resolve(status);
    return s == null ? "Error " + status : s.getReasonPhrase();
  }

  /**
   * Writes the API's 401 problem document, with {@code challenge} as {@code WWW-Authenticate}
   * (none when null or blank): for a host's Spring Security entry point, so that a request its
   * filters refuse gets the same answer as one the API refuses.
   */
  public static void writeUnauthenticated(HttpServletRequest request, HttpServletResponse response, String detail,
      @Nullable String challenge) {
    HttpProblem p = HttpProblem.unauthenticated(detail, challenge);
    write(request, response, of(p));
  }

  /**
   * Writes the API's 403 problem document: for a host's Spring Security access-denied handler
   * (a refused CSRF token, a missing authority), so that it answers as the API does.
   */
  public static void writeForbidden(HttpServletRequest request, HttpServletResponse response, String detail) {
    HttpProblem p = HttpProblem.forbidden(detail);
    write(request, response, of(p));
  }

  private static Problem of(HttpProblem p) {
    return new Problem(p.status, p.type, p.title, p.getMessage(), p.violations, p.headers, Map.of());
  }

  private static void write(HttpServletRequest request, HttpServletResponse response, Problem p) {
    try {
      response.resetBuffer();
      response.setStatus(p.status());
      p.headers().forEach(response::setHeader);
      response.setHeader(HttpHeaders.CONTENT_DISPOSITION, null);
      response.setContentType(PROBLEM_JSON);
      byte[] body = p.toJson(request.getRequestURI());
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      response.flushBuffer();
    } catch (IOException e) {
      LOG.debug("could not write a problem response: {}", e.getMessage());
    }
  }
}
