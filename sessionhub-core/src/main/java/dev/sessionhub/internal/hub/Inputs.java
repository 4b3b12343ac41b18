package dev.sessionhub.internal.hub;

import dev.sessionhub.GoalPatch;
import dev.sessionhub.NewGoal;
import dev.sessionhub.NewSession;
import dev.sessionhub.SessionPatch;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.internal.domain.CustomValues;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.SessionMetadata;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Validates the facade's inputs with paths relative to the input (e.g. {@code title}), so a
 * caller sees which of its own fields was wrong. The whole snapshot is checked again after the
 * change by the session validator.
 */
final class Inputs {

  private Inputs() {}

  static String actor(@Nullable String actor) {
    new Checks().required("actor", actor, Limits.USER_ID_MAX).throwIfAny();
    return actor;
  }

  static String id(String path, @Nullable String id) {
    if (id == null || id.isBlank() || id.length() > 64) {
      throw ValidationException.of(path, "must be an id of 1 to 64 characters");
    }
    return id;
  }

  static void text(String path, @Nullable String value, int max) {
    new Checks().required(path, value, max).throwIfAny();
  }

  static void check(NewSession s) {
    Checks c = new Checks();
    c.required("name", s.name(), Limits.NAME_MAX).optional("description", s.description(), Limits.DESCRIPTION_MAX);
    c.duration("estimatedDuration", s.estimatedDuration(), Limits.DURATION_MAX);
    c.texts("tags", s.tags(), Limits.TAGS_MAX, Limits.TAG_MAX).texts("skills", s.skills(), Limits.TAGS_MAX, Limits.TAG_MAX);
    customFields(c, s.customFields());
    c.throwIfAny();
  }

  static void check(SessionPatch p) {
    Checks c = new Checks();
    if (p.name() != null) {
      c.required("name", p.name(), Limits.NAME_MAX);
    }
    c.optional("description", p.description(), Limits.DESCRIPTION_MAX);
    c.duration("estimatedDuration", p.estimatedDuration(), Limits.DURATION_MAX);
    SessionMetadata m = p.metadata();
    if (m != null) {
      c.texts("metadata.tags", m.tags(), Limits.TAGS_MAX, Limits.TAG_MAX);
      c.texts("metadata.skills", m.skills(), Limits.TAGS_MAX, Limits.TAG_MAX);
    }
    if (p.customFields() != null) {
      customFields(c, p.customFields());
    }
    c.throwIfAny();
  }

  static void check(NewGoal g) {
    Checks c = new Checks();
    c.required("title", g.title(), Limits.NAME_MAX).optional("description", g.description(), Limits.DESCRIPTION_MAX);
    c.range("weight", g.weight(), 1, Limits.WEIGHT_MAX);
    c.texts("successCriteria", g.successCriteria(), 50, Limits.NOTE_MAX);
    c.duration("estimate", g.estimate(), Limits.DURATION_MAX);
    c.throwIfAny();
  }

  static void check(GoalPatch g) {
    Checks c = new Checks();
    if (g.title() != null) {
      c.required("title", g.title(), Limits.NAME_MAX);
    }
    c.optional("description", g.description(), Limits.DESCRIPTION_MAX);
    if (g.weight() != null) {
      c.range("weight", g.weight(), 1, Limits.WEIGHT_MAX);
    }
    if (g.successCriteria() != null) {
      c.texts("successCriteria", g.successCriteria(), 50, Limits.NOTE_MAX);
    }
    c.duration("estimate", g.estimate(), Limits.DURATION_MAX);
    c.throwIfAny();
  }

  private static void customFields(Checks c, Map<String, ? extends @Nullable Object> fields) {
    Objects.requireNonNull(fields, "customFields");
    String problem = CustomValues.firstProblem(fields);
    if (problem != null) {
      c.fail("customFields", problem);
    }
  }
}
