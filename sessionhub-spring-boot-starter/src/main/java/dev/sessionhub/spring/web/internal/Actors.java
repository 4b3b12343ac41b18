package dev.sessionhub.spring.web.internal;

import dev.sessionhub.model.Limits;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/**
 * The acting user of a request: the name of the principal Spring Security authenticated. No header
 * or parameter chooses it. Without Spring Security on the classpath every request is refused
 * with 401: the API never runs anonymously. A principal whose name is not a valid user id
 * (1 to {@value Limits#USER_ID_MAX} characters, not blank, no NUL, no unpaired surrogate) is
 * refused with 403.
 */
public final class Actors {

  private static final String AUTHENTICATION = "org.springframework.security.core.Authentication";

  private final boolean securityPresent;
  private final @Nullable String challenge;

  /**
   * Actors as Spring Security authenticates them.
   *
   * @param challenge the WWW-Authenticate value of a 401, or {@code null} for none
   */
  public Actors(@Nullable String challenge) {
    this(ClassUtils.isPresent(AUTHENTICATION, Actors.class.getClassLoader()), challenge);
  }

  Actors(boolean securityPresent, @Nullable String challenge) {
    this.securityPresent = securityPresent;
    this.challenge = challenge;
  }

  /** The user id of the request's authenticated principal; throws a 401 or 403 problem otherwise. */
  String of(HttpServletRequest request) {
    if (!securityPresent) {
      throw HttpProblem.unauthenticated("the API needs Spring Security to authenticate its users", challenge);
    }
    Principal principal = request.getUserPrincipal();
    if (principal == null || !SecurityCheck.authenticated(principal)) {
      throw HttpProblem.unauthenticated("this request needs an authenticated user", challenge);
    }
    String name = principal.getName();
    if (!validUserId(name)) {
      throw HttpProblem.forbidden("the authenticated user's name is not a valid SessionHub user id");
    }
    return name;
  }

  static boolean validUserId(@Nullable String name) {
    if (name == null || name.isBlank() || name.length() > Limits.USER_ID_MAX) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\u0000') {
        return false;
      }
      if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Kept apart so that Spring Security's classes load only when they are present. */
  private static final class SecurityCheck {
    static boolean authenticated(Principal p) {
      if (p instanceof org.springframework.security.core.Authentication a) {
        return a.isAuthenticated()
            && !(a instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
      }
      return true;
    }
  }
}
