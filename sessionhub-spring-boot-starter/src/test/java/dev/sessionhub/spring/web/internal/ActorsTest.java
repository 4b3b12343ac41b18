package dev.sessionhub.spring.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

@DisplayName("The acting user of a request")
class ActorsTest {

  private static MockHttpServletRequest as(java.security.Principal p) {
    MockHttpServletRequest r = new MockHttpServletRequest();
    r.setUserPrincipal(p);
    return r;
  }

  private static UsernamePasswordAuthenticationToken user(String name) {
    return UsernamePasswordAuthenticationToken.authenticated(name, "x", List.of(new SimpleGrantedAuthority("ROLE_USER")));
  }

  @Test
  @DisplayName("is the authenticated principal's name")
  void principal() {
    assertThat(new Actors("Basic").of(as(user("ann")))).isEqualTo("ann");
  }

  @Test
  @DisplayName("without Spring Security, every request is refused with 401, principal or not")
  void noSecurity() {
    assertThatThrownBy(() -> new Actors(false, "Basic").of(as(user("ann"))))
        .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.status).isEqualTo(401));
  }

  @Test
  @DisplayName("no principal, an anonymous or an unauthenticated one: 401 with the challenge")
  void unauthenticated() {
    Actors actors = new Actors("Basic realm=\"x\"");
    for (java.security.Principal p : new java.security.Principal[] {null,
        new AnonymousAuthenticationToken("k", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))),
        UsernamePasswordAuthenticationToken.unauthenticated("ann", "x")}) {
      assertThatThrownBy(() -> actors.of(as(p))).isInstanceOfSatisfying(HttpProblem.class, e -> {
        assertThat(e.status).isEqualTo(401);
        assertThat(e.headers).containsEntry("WWW-Authenticate", "Basic realm=\"x\"");
      });
    }
  }

  @Test
  @DisplayName("a name that is not a valid user id is refused with 403")
  void invalidName() {
    for (String name : new String[] {" ", "a".repeat(101), "nul\u0000", "half\ud800"}) {
      assertThatThrownBy(() -> new Actors(null).of(as(user(name))))
          .isInstanceOfSatisfying(HttpProblem.class, e -> assertThat(e.status).isEqualTo(403));
    }
    assertThat(new Actors(null).of(as(user("a".repeat(100))))).hasSize(100);
  }
}
