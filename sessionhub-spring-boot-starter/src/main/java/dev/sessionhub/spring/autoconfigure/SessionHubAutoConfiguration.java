package dev.sessionhub.spring.autoconfigure;

import dev.sessionhub.SessionHub;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of a {@link SessionHub}: a host that declares its own {@code SessionHub} bean
 * keeps it. The hub is closed when the application context closes.
 */
@AutoConfiguration
public class SessionHubAutoConfiguration {

  /** Creates the auto-configuration; Spring calls this. */
  public SessionHubAutoConfiguration() {}

  /**
   * The hub, on the in-memory default store.
   *
   * @return a new hub
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public SessionHub sessionHub() {
    return SessionHub.builder().build();
  }
}
