package dev.sessionhub.examples.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

@DisplayName("The example app's users, from its properties")
class ExampleUsersTest {

  private final ExampleSecurity security = new ExampleSecurity();
  private final PasswordEncoder encoder = security.passwordEncoder();

  @Test
  @DisplayName("default to alice, bob and carol with the password demo, stored hashed")
  void demoDefaults() {
    UserDetailsService users = security.exampleUsers(new ExampleProperties(), encoder);
    for (String name : List.of("alice", "bob", "carol")) {
      String stored = users.loadUserByUsername(name).getPassword();
      assertThat(stored).startsWith("{bcrypt}");
      assertThat(encoder.matches("demo", stored)).isTrue();
    }
  }

  @Test
  @DisplayName("are replaced by example.users, example.password and example.passwords.<user>")
  void overridden() {
    ExampleProperties properties = new ExampleProperties();
    properties.setUsers(List.of("ann", "ben"));
    properties.setPassword("shared-secret");
    properties.setPasswords(Map.of("ben", "bens-secret"));
    UserDetailsService users = security.exampleUsers(properties, encoder);
    assertThat(encoder.matches("shared-secret", users.loadUserByUsername("ann").getPassword())).isTrue();
    assertThat(encoder.matches("bens-secret", users.loadUserByUsername("ben").getPassword())).isTrue();
    assertThat(encoder.matches("demo", users.loadUserByUsername("ann").getPassword())).isFalse();
    assertThatThrownBy(() -> users.loadUserByUsername("alice")).isInstanceOf(UsernameNotFoundException.class);
  }

  @Test
  @DisplayName("stop the app at start when a setting is wrong, naming it")
  void mistakes() {
    ExampleProperties blankPassword = new ExampleProperties();
    blankPassword.setPassword(" ");
    assertThatThrownBy(() -> security.exampleUsers(blankPassword, encoder))
        .hasMessageContaining("password of alice is blank");

    ExampleProperties typo = new ExampleProperties();
    typo.setPasswords(Map.of("alcie", "x"));
    assertThatThrownBy(() -> security.exampleUsers(typo, encoder))
        .hasMessageContaining("example.passwords.alcie names no user");

    ExampleProperties none = new ExampleProperties();
    none.setUsers(List.of());
    assertThatThrownBy(() -> security.exampleUsers(none, encoder)).hasMessageContaining("example.users is empty");

    ExampleProperties twice = new ExampleProperties();
    twice.setUsers(List.of("ann", " ann"));
    assertThatThrownBy(() -> security.exampleUsers(twice, encoder)).hasMessageContaining("names ann twice");
  }
}
