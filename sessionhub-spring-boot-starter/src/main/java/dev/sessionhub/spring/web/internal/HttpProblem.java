package dev.sessionhub.spring.web.internal;

import dev.sessionhub.error.Violation;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A refusal decided by the HTTP layer itself (no user, a missing or bad header, a body too large),
 * answered as a problem document by {@link ProblemResolver}. Never carries a cause: it is thrown
 * before the facade is called.
 */
final class HttpProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final int status;
  final String type;
  final String title;
  final transient List<Violation> violations;
  final transient Map<String, String> headers;

  HttpProblem(int status, String type, String title, String detail, List<Violation> violations,
      Map<String, String> headers) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.violations = List.copyOf(violations);
    this.headers = Map.copyOf(headers);
  }

  /** 400 naming one bad request part (a header, a query parameter). */
  static HttpProblem badRequest(String path, String message) {
    return new HttpProblem(400, ProblemTypes.VALIDATION, "Invalid input", path + ": " + message,
        List.of(new Violation(path, message)), Map.of());
  }

  /** 401: no authenticated user. */
  static HttpProblem unauthenticated(String detail, @Nullable String challenge) {
    return new HttpProblem(401, ProblemTypes.UNAUTHENTICATED, "Unauthenticated", detail, List.of(),
        challenge == null || challenge.isBlank() ? Map.of() : Map.of("WWW-Authenticate", challenge));
  }

  /** 403: the authenticated user cannot act here at all. */
  static HttpProblem forbidden(String detail) {
    return new HttpProblem(403, ProblemTypes.ACCESS_DENIED, "Access denied", detail, List.of(), Map.of());
  }

  /** 413: a body or upload larger than allowed. */
  static HttpProblem tooLarge(String detail) {
    return new HttpProblem(413, ProblemTypes.TOO_LARGE, "Content too large", detail, List.of(), Map.of());
  }

  /** 415: a body of a media type the endpoint does not read. */
  static HttpProblem unsupportedMediaType(String detail, String accepted) {
    return new HttpProblem(415, ProblemTypes.BLANK, "Unsupported Media Type", detail, List.of(),
        Map.of("Accept", accepted));
  }

  /** 428: an edit without If-Match. */
  static HttpProblem preconditionRequired() {
    return new HttpProblem(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition required",
        "this change needs an If-Match header naming the version it was based on, such as If-Match: \"7\"",
        List.of(), Map.of());
  }
}
