package dev.sessionhub.spring.web;

import dev.sessionhub.model.Limits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of SessionHub's REST API, under {@code sessionhub.web}. Mutable bean bound by Spring
 * Boot; read once when the API is configured.
 */
@ConfigurationProperties("sessionhub.web")
public class SessionHubWebProperties {

  /** Whether the REST API is registered. */
  private boolean enabled = true;

  /** Path prefix of every endpoint, starting with '/' and not ending with one. */
  private String basePath = "/api";

  /** Page size of list endpoints when the request names none. */
  private int defaultPageSize = 50;

  /** Largest page size a request may ask for (at most 500). */
  private int maxPageSize = Limits.PAGE_SIZE_MAX;

  /** Largest attachment upload; the upload is refused with 413 as soon as it passes this. */
  private DataSize maxUploadSize = DataSize.ofMegabytes(25);

  /** Largest JSON request body (an import included); larger ones are refused with 413. */
  private DataSize maxBodySize = DataSize.ofMegabytes(2);

  /** Retry-After sent with 503 when the store is unavailable. */
  private Duration retryAfter = Duration.ofSeconds(5);

  /** WWW-Authenticate challenge sent with 401 when a request carries no authenticated user. */
  private String authenticationChallenge = "Basic realm=\"SessionHub\"";

  /** Creates the settings with their defaults. */
  public SessionHubWebProperties() {}

  /** @return whether the REST API is registered */
  public boolean isEnabled() {
    return enabled;
  }

  /** @param enabled whether the REST API is registered */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** @return the path prefix of every endpoint */
  public String getBasePath() {
    return basePath;
  }

  /** @param basePath the path prefix of every endpoint, such as {@code /api} */
  public void setBasePath(String basePath) {
    this.basePath = basePath;
  }

  /** @return the page size used when a request names none */
  public int getDefaultPageSize() {
    return defaultPageSize;
  }

  /** @param defaultPageSize the page size used when a request names none */
  public void setDefaultPageSize(int defaultPageSize) {
    this.defaultPageSize = defaultPageSize;
  }

  /** @return the largest page size a request may ask for */
  public int getMaxPageSize() {
    return maxPageSize;
  }

  /** @param maxPageSize the largest page size a request may ask for, 1 to 500 */
  public void setMaxPageSize(int maxPageSize) {
    this.maxPageSize = maxPageSize;
  }

  /** @return the largest attachment upload */
  public DataSize getMaxUploadSize() {
    return maxUploadSize;
  }

  /** @param maxUploadSize the largest attachment upload */
  public void setMaxUploadSize(DataSize maxUploadSize) {
    this.maxUploadSize = maxUploadSize;
  }

  /** @return the largest JSON request body */
  public DataSize getMaxBodySize() {
    return maxBodySize;
  }

  /** @param maxBodySize the largest JSON request body */
  public void setMaxBodySize(DataSize maxBodySize) {
    this.maxBodySize = maxBodySize;
  }

  /** @return the Retry-After of a 503 */
  public Duration getRetryAfter() {
    return retryAfter;
  }

  /** @param retryAfter the Retry-After of a 503, whole seconds */
  public void setRetryAfter(Duration retryAfter) {
    this.retryAfter = retryAfter;
  }

  /** @return the WWW-Authenticate challenge of a 401 */
  public String getAuthenticationChallenge() {
    return authenticationChallenge;
  }

  /** @param authenticationChallenge the WWW-Authenticate challenge of a 401 */
  public void setAuthenticationChallenge(String authenticationChallenge) {
    this.authenticationChallenge = authenticationChallenge;
  }
}
