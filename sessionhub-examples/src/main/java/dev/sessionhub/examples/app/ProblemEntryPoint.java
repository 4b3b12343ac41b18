package dev.sessionhub.examples.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The answer to a request that is not signed in, or whose HTTP Basic credentials are wrong: 401,
 * a Basic challenge, and an RFC 9457 problem document like every other error of the API.
 */
final class ProblemEntryPoint implements AuthenticationEntryPoint {

  private static final byte[] BODY = ("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
      + "\"detail\":\"Sign in with HTTP Basic or through the login form.\"}").getBytes(StandardCharsets.UTF_8);

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"SessionHub\"");
    response.setContentType("application/problem+json");
    response.setContentLength(BODY.length);
    response.getOutputStream().write(BODY);
  }
}
