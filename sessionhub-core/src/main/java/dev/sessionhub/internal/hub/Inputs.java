package dev.sessionhub.internal.hub;

import dev.sessionhub.FromTemplate;
import dev.sessionhub.GoalPatch;
import dev.sessionhub.NewGoal;
import dev.sessionhub.NewSession;
import dev.sessionhub.SessionPatch;
import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.SessionMetadata;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Validates the facade's inputs with paths relative to the input (e.g. {@code title}), so a
 * caller sees which of its own fields was wrong, before anything reaches a store. The rules are
 * {@link Checks}'; the whole snapshot is checked again after the change by the session validator.
 */
final class Inputs {

  private Inputs() {}

  static String actor(@Nullable String actor) {
    return Checks.requireUser("actor", actor);
  }

  static String id(String path, @Nullable String id) {
    return Checks.requireId(path, id);
  }

  static void text(String path, @Nullable String value, int max) {
    Checks.requireText(path, value, max);
  }

  static void check(NewSession s) {
    Checks c = new Checks();
    c.required("name", s.name(), Limits.NAME_MAX).optional("description", s.description(), Limits.DESCRIPTION_MAX);
    c.duration("estimatedDuration", s.estimatedDuration());
    c.texts("tags", s.tags(), Limits.TAGS_MAX, Limits.TAG_MAX).texts("skills", s.skills(), Limits.TAGS_MAX, Limits.TAG_MAX);
    c.freeForm("customFields", s.customFields(), Limits.CUSTOM_FIELDS_DEPTH_MAX);
    c.throwIfAny();
  }

  static void check(SessionPatch p) {
    Checks c = new Checks();
    if (p.name() != null) {
      c.required("name", p.name(), Limits.NAME_MAX);
    }
    c.optional("description", p.description(), Limits.DESCRIPTION_MAX);
    c.duration("estimatedDuration", p.estimatedDuration());
    SessionMetadata m = p.metadata();
    if (m != null) {
      c.texts("metadata.tags", m.tags(), Limits.TAGS_MAX, Limits.TAG_MAX);
      c.texts("metadata.skills", m.skills(), Limits.TAGS_MAX, Limits.TAG_MAX);
    }
    if (p.customFields() != null) {
      c.freeForm("customFields", p.customFields(), Limits.CUSTOM_FIELDS_DEPTH_MAX);
    }
    c.throwIfAny();
  }

  static void check(NewGoal g) {
    Checks c = new Checks();
    c.required("title", g.title(), Limits.NAME_MAX).optional("description", g.description(), Limits.DESCRIPTION_MAX);
    c.range("weight", g.weight(), 1, Limits.WEIGHT_MAX);
    c.texts("successCriteria", g.successCriteria(), Limits.SUCCESS_CRITERIA_MAX, Limits.NOTE_MAX);
    c.duration("estimate", g.estimate());
    if (g.parentId() != null) {
      c.id("parentId", g.parentId());
    }
    c.ids("dependsOn", g.dependsOn());
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
      c.texts("successCriteria", g.successCriteria(), Limits.SUCCESS_CRITERIA_MAX, Limits.NOTE_MAX);
    }
    c.duration("estimate", g.estimate());
    c.throwIfAny();
  }

  /** The template reference and the texts that override the template's; parameters are the instantiator's. */
  static void check(FromTemplate t) {
    Checks c = new Checks();
    c.id("templateId", t.templateId());
    if (t.name() != null) {
      c.required("name", t.name(), Limits.NAME_MAX);
    }
    c.optional("description", t.description(), Limits.DESCRIPTION_MAX);
    c.duration("estimatedDuration", t.estimatedDuration());
    for (Map.Entry<String, String> e : t.parameters().entrySet()) {
      c.required("parameters." + e.getKey(), e.getKey(), Limits.NAME_MAX);
      c.optional("parameters." + e.getKey(), e.getValue(), Limits.PARAMETER_VALUE_MAX);
    }
    c.throwIfAny();
  }
}
