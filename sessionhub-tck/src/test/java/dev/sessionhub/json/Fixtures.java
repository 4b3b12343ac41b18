package dev.sessionhub.json;

import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.Template;
import dev.sessionhub.tck.data.SessionGenerator;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** Hand-made and generated test data for the JSON tests. */
final class Fixtures {

  static final Instant T0 = Instant.parse("2026-01-31T09:30:00Z");
  static final Instant T1 = Instant.parse("2026-01-31T09:30:00.000000001Z");

  private Fixtures() {}

  /** The smallest valid session: one owner, one open goal, every optional value absent. */
  static Session.Builder aSession() {
    return Session.builder()
        .id("s-1")
        .version(3)
        .name("Fix login")
        .createdAt(T0)
        .updatedAt(T1)
        .collaborators(List.of(new Collaborator("ann", Role.OWNER, T0)))
        .goals(List.of(Goal.of("g-1", "Reproduce")));
  }

  /** The first generated session (fixed seed) that satisfies {@code wanted}. */
  static Session generated(Predicate<Session> wanted) {
    SessionGenerator generator = new SessionGenerator(4242L);
    for (int i = 0; i < 10_000; i++) {
      Session s = generator.next();
      if (wanted.test(s)) {
        return s;
      }
    }
    throw new IllegalStateException("no generated session is as wanted");
  }

  /** The first generated template (fixed seed) that satisfies {@code wanted}. */
  static Template generatedTemplate(Predicate<Template> wanted) {
    SessionGenerator generator = new SessionGenerator(4242L);
    for (int i = 0; i < 10_000; i++) {
      Template t = generator.nextTemplate();
      if (wanted.test(t)) {
        return t;
      }
    }
    throw new IllegalStateException("no generated template is as wanted");
  }

  /** A generated session with at least four goals, a template reference and custom fields. */
  static Session rich() {
    return generated(s -> s.goals().size() >= 4 && s.template().isPresent() && s.customFields().size() >= 2
        && s.collaborators().size() >= 2 && s.metadata().tags().size() >= 2 && !s.history().isEmpty());
  }
}
