package dev.sessionhub.examples.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The example Spring Boot app: SessionHub's starter on an H2 file database under the working
 * directory, its REST API under {@code /api} behind HTTP Basic and a login form, and the demo users
 * {@code alice}, {@code bob} and {@code carol}. Its parts are listed here, not scanned for.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableConfigurationProperties(ExampleProperties.class)
@Import({ExampleSecurity.class, FloorEndpoints.class})
public class ExampleApplication {

  /** Spring creates the configuration. */
  public ExampleApplication() {}

  /**
   * Starts the app; Spring Boot's command-line properties apply, e.g. {@code --server.port=9090}.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(ExampleApplication.class, args);
  }
}
