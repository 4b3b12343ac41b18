package dev.sessionhub.examples.app;

import dev.sessionhub.spring.web.ProblemAccessDeniedHandler;
import dev.sessionhub.spring.web.ProblemAuthenticationEntryPoint;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may use the app and how: HTTP Basic for API clients, a login form (and its session cookie)
 * for browsers, every page and endpoint but health signed in. The acting user of every SessionHub
 * call is the signed-in user's name.
 *
 * <p>CSRF protection stays on for browser sessions (the token travels in the {@code XSRF-TOKEN}
 * cookie and comes back in the {@code X-XSRF-TOKEN} header or the form's {@code _csrf} field); a
 * request that carries its own {@code Authorization} header is not a browser riding on a cookie,
 * so it needs no token.
 */
@Configuration(proxyBeanMethods = false)
class ExampleSecurity {

  static final String DEMO_PASSWORD = "demo";

  private static final Logger log = LoggerFactory.getLogger(ExampleSecurity.class);

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService exampleUsers(ExampleProperties properties, PasswordEncoder encoder) {
    List<UserDetails> users = new ArrayList<>();
    List<String> onDemoPassword = new ArrayList<>();
    for (String name : ExampleUsers.names(properties)) {
      String password = ExampleUsers.password(properties, name);
      if (DEMO_PASSWORD.equals(password)) {
        onDemoPassword.add(name);
      }
      users.add(User.withUsername(name).password(encoder.encode(password)).roles("USER").build());
    }
    if (!onDemoPassword.isEmpty()) {
      log.warn("Users {} sign in with the demo password \"{}\": set example.password (or "
          + "example.passwords.<user>) before anyone else can reach this app", onDemoPassword, DEMO_PASSWORD);
    }
    return new InMemoryUserDetailsManager(users);
  }

  /**
   * The API's 401 problem document for requests the filter chain refuses, with a Basic challenge
   * and a detail that names both ways to sign in (the starter's entry point, configured).
   */
  @Bean
  ProblemAuthenticationEntryPoint exampleAuthenticationEntryPoint() {
    return new ProblemAuthenticationEntryPoint("Basic realm=\"SessionHub\"",
        "Sign in with HTTP Basic or through the login form.");
  }

  @Bean
  SecurityFilterChain exampleSecurityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint unauthorized,
      ProblemAccessDeniedHandler forbidden) throws Exception {
    RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
        .formLogin(Customizer.withDefaults())
        .logout(Customizer.withDefaults())
        .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(unauthorized, api)
            .defaultAccessDeniedHandlerFor(forbidden, api))
        .csrf(csrf -> csrf.spa().ignoringRequestMatchers(ExampleSecurity::carriesCredentials));
    return http.build();
  }

  /**
   * Whether a request needs no CSRF token: it carries its own credentials, and it is not one a page
   * of another site could make a browser send. A browser that once answered a Basic challenge
   * attaches those credentials to every request to this origin by itself, including an HTML
   * form's POST from another site; such a form can only send an urlencoded, multipart or plain
   * text body and no custom header. So a request with one of those bodies is exempt only when it
   * also sends {@code X-Requested-With} (any value), which no cross-site form can set.
   */
  static boolean carriesCredentials(HttpServletRequest request) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
      return false;
    }
    String type = dev.sessionhub.spring.web.SessionHubWebAutoConfiguration.clientContentType(request);
    String base = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    boolean formCapable = base.equals("application/x-www-form-urlencoded") || base.equals("multipart/form-data")
        || base.equals("text/plain");
    return !formCapable || request.getHeader("X-Requested-With") != null;
  }
}
