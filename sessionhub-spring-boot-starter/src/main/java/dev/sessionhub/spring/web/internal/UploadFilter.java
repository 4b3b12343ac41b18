package dev.sessionhub.spring.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the servlet container and Spring's multipart resolver from reading an attachment upload
 * into memory or temporary files before the API sees it: for {@code POST
 * <base>/sessions/{id}/attachments} with a multipart body, the request's content type is hidden
 * (kept in a request attribute), so the controller streams the body itself and enforces the
 * size limit as the bytes arrive.
 */
public final class UploadFilter extends OncePerRequestFilter {

  /** The request attribute holding an upload's own Content-Type, which this filter hides. */
  public static final String ORIGINAL_CONTENT_TYPE = UploadFilter.class.getName() + ".contentType";
  private static final String HIDDEN = "application/x-sessionhub-multipart";

  private final Pattern uploadPath;

  /**
   * A filter for uploads under {@code basePath}.
   *
   * @param basePath the API's path prefix
   */
  public UploadFilter(String basePath) {
    this.uploadPath = Pattern.compile(Pattern.quote(basePath) + "/sessions/[^/]+/attachments/?");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return !"POST".equals(request.getMethod()) || type == null
        || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
        || !uploadPath.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    request.setAttribute(ORIGINAL_CONTENT_TYPE, request.getContentType());
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public String getContentType() {
        return HIDDEN;
      }

      @Override
      public @Nullable String getHeader(String name) {
        return "content-type".equalsIgnoreCase(name) ? HIDDEN : super.getHeader(name);
      }

      @Override
      public Enumeration<String> getHeaders(String name) {
        return "content-type".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(HIDDEN))
            : super.getHeaders(name);
      }
    }, response);
  }
}
