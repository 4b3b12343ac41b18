package dev.sessionhub.spring.web.internal;

import dev.sessionhub.SessionHub;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * What every controller of the API shares: the hub, the acting user, the body reader and the
 * page-size rules. Immutable; one per application.
 */
public final class Api {

  final SessionHub hub;
  final String basePath;
  private final Actors actors;
  private final Bodies bodies;
  private final int defaultPageSize;
  private final int maxPageSize;

  /**
   * The shared parts.
   *
   * @param hub the hub every call goes to
   * @param actors how the acting user is found
   * @param basePath the path prefix of every endpoint
   * @param maxBodyBytes the largest JSON body
   * @param defaultPageSize page size when a request names none
   * @param maxPageSize largest page size a request may name
   */
  public Api(SessionHub hub, Actors actors, String basePath, long maxBodyBytes, int defaultPageSize, int maxPageSize) {
    this.hub = hub;
    this.actors = actors;
    this.basePath = basePath;
    this.bodies = new Bodies(maxBodyBytes);
    this.defaultPageSize = defaultPageSize;
    this.maxPageSize = maxPageSize;
  }

  String actor(HttpServletRequest request) {
    return actors.of(request);
  }

  Fields body(HttpServletRequest request) {
    return bodies.object(request);
  }

  String bodyText(HttpServletRequest request) {
    return bodies.text(request);
  }

  /** The {@code size} query parameter: absent for the default, else decimal digits naming 1 to the maximum. */
  int pageSize(@Nullable String size) {
    if (size == null) {
      return defaultPageSize;
    }
    boolean digits = !size.isEmpty() && size.length() <= 4 && size.chars().allMatch(c -> c >= '0' && c <= '9');
    int n = digits ? Integer.parseInt(size) : 0;
    if (n < 1 || n > maxPageSize) {
      throw HttpProblem.badRequest("size", "must be a whole number from 1 to " + maxPageSize);
    }
    return n;
  }
}
