package dev.sessionhub.internal.template;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateMilestone;
import dev.sessionhub.model.TemplateParameter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a template must follow to be saved, in one place: limits, unique and existing goal
 * keys, an acyclic dependency graph and parent tree, well-formed parameters and no undeclared
 * placeholder. Reports every violation at once, each with its path ({@code goals[2].key}).
 */
public final class TemplateValidator {

  private TemplateValidator() {}

  /** Every violation in {@code t}, in field order; empty when it is valid. */
  public static List<Violation> validate(Template t) {
    Objects.requireNonNull(t, "t");
    Checks c = new Checks();
    Set<String> declared = t.parameters().stream().map(TemplateParameter::name).collect(Collectors.toSet());
    header(t, declared, c);
    tags(t.tags(), c);
    parameters(t.parameters(), c);
    GoalRules.check(t.goals(), declared, c);
    milestones(t, declared, c);
    return c.violations();
  }

  /**
   * Throws when {@code t} is invalid.
   *
   * @throws ValidationException listing every violation
   */
  public static void check(Template t) {
    List<Violation> violations = validate(t);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }

  private static void header(Template t, Set<String> declared, Checks c) {
    c.id("id", t.id());
    c.required("name", t.name(), Limits.NAME_MAX);
    Placeholders.check(c, "name", t.name(), declared);
    c.optional("description", t.description(), Limits.DESCRIPTION_MAX);
    Placeholders.check(c, "description", t.description(), declared);
    c.duration("estimatedDuration", t.estimatedDuration());
  }

  private static void tags(List<String> tags, Checks c) {
    c.count("tags", tags.size(), Limits.TAGS_MAX);
    for (int i = 0; i < tags.size(); i++) {
      c.required("tags[" + i + "]", tags.get(i), Limits.TAG_MAX);
    }
  }

  private static void parameters(List<TemplateParameter> parameters, Checks c) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < parameters.size(); i++) {
      TemplateParameter p = parameters.get(i);
      String path = "parameters[" + i + "]";
      parameterName(path + ".name", p.name(), seen, c);
      c.optional(path + ".description", p.description(), Limits.DESCRIPTION_MAX);
      parameterDefault(path + ".defaultValue", p, c);
    }
  }

  private static void parameterName(String path, String name, Set<String> seen, Checks c) {
    if (!Placeholders.isName(name)) {
      c.fail(path, "must start with a letter and contain only letters, digits and '_'");
    } else if (!seen.add(name)) {
      c.fail(path, "duplicate parameter '" + name + "'");
    }
  }

  private static void parameterDefault(String path, TemplateParameter p, Checks c) {
    String value = p.defaultValue();
    if (p.required() && value != null) {
      c.fail(path, "a required parameter must not have a default");
    } else if (!p.required() && value == null) {
      c.fail(path, "an optional parameter needs a default");
    } else if (value != null) {
      c.required(path, value, Limits.PARAMETER_VALUE_MAX);
    }
  }

  private static void milestones(Template t, Set<String> declared, Checks c) {
    c.count("milestones", t.milestones().size(), Limits.MILESTONES_MAX);
    Set<String> keys = t.goals().stream().map(g -> g.key()).collect(Collectors.toSet());
    for (int i = 0; i < t.milestones().size(); i++) {
      milestone("milestones[" + i + "]", t.milestones().get(i), keys, declared, c);
    }
  }

  private static void milestone(String path, TemplateMilestone m, Set<String> keys, Set<String> declared,
      Checks c) {
    c.required(path + ".name", m.name(), Limits.NAME_MAX);
    Placeholders.check(c, path + ".name", m.name(), declared);
    List<String> required = m.requiredGoalKeys();
    if (required.isEmpty()) {
      c.fail(path + ".requiredGoalKeys", "must name at least one goal");
    }
    for (int j = 0; j < required.size(); j++) {
      if (!keys.contains(required.get(j))) {
        c.fail(path + ".requiredGoalKeys[" + j + "]", "no goal has key '" + required.get(j) + "'");
      }
    }
  }
}
