package dev.sessionhub.spring.web;

import dev.sessionhub.SessionHub;
import dev.sessionhub.error.StoreUnavailableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The application the HTTP tests run against: the auto-configured REST API over an in-memory hub,
 * HTTP Basic with the users ann, bob, carol, dave and erin (password: pw). The hub is wrapped so
 * that a test can make every call fail the way a broken store or a bug would.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class RestTestApp {

  static final String PASSWORD = "pw";

  /** What every hub call does instead of its work, when set; cleared by the tests that set it. */
  static final AtomicReference<RuntimeException> FAILURE = new AtomicReference<>();

  @Bean(destroyMethod = "close")
  SessionHub sessionHub() {
    SessionHub real = SessionHub.inMemory();
    return (SessionHub) Proxy.newProxyInstance(SessionHub.class.getClassLoader(), new Class<?>[] {SessionHub.class},
        (proxy, method, args) -> {
          RuntimeException failure = FAILURE.get();
          if (failure != null && !method.getName().equals("close")) {
            throw failure;
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Bean
  InMemoryUserDetailsManager users() {
    InMemoryUserDetailsManager m = new InMemoryUserDetailsManager();
    for (String name : new String[] {"ann", "bob", "carol", "dave", "erin"}) {
      m.createUser(User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build());
    }
    return m;
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(a -> a.requestMatchers("/v3/api-docs/**").permitAll().anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .csrf(c -> c.disable());
    return http.build();
  }

  static StoreUnavailableException storeDown() {
    return new StoreUnavailableException("connection refused by db.internal:5432", new java.io.IOException("refused"));
  }
}
