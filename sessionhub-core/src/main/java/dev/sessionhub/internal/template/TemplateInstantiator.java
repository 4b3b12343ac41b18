package dev.sessionhub.internal.template;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateGoal;
import dev.sessionhub.model.TemplateMilestone;
import dev.sessionhub.model.TemplateParameter;
import dev.sessionhub.spi.IdGenerator;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns a valid template and parameter values into the texts, goals and milestones of a new
 * session: placeholders filled, goal keys replaced by fresh ids.
 */
public final class TemplateInstantiator {

  private TemplateInstantiator() {}

  /**
   * What a template becomes in a new session.
   *
   * @param name the session name, filled
   * @param description the session description, filled
   * @param goals new OPEN goals with fresh ids, in template order
   * @param milestones new unreached milestones with fresh ids, in template order
   * @param resolvedParameters the value used for every declared parameter, in declaration order
   */
  public record Instantiation(String name, String description, List<Goal> goals, List<Milestone> milestones,
      Map<String, String> resolvedParameters) {

    /** Copies the collections, keeping the parameters' order. */
    public Instantiation {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      goals = List.copyOf(goals);
      milestones = List.copyOf(milestones);
      resolvedParameters = Collections.unmodifiableMap(new LinkedHashMap<>(resolvedParameters));
    }
  }

  /**
   * Instantiates {@code t}, which must be valid (see {@link TemplateValidator}).
   *
   * @param parameters values by parameter name; optional ones may be left out for their default
   * @param ids makes one id per goal and milestone
   * @param now the current time; unused today, kept so time-dependent defaults need no API change
   * @throws ValidationException listing every unknown, missing or invalid parameter (path
   *     {@code parameters.<name>}), or a filled text over its limit (path of the text)
   */
  public static Instantiation instantiate(Template t, Map<String, String> parameters, IdGenerator ids,
      Instant now) {
    Objects.requireNonNull(t, "t");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(now, "now");
    Map<String, String> values = resolve(t.parameters(), parameters);
    Map<String, String> goalIds = newGoalIds(t.goals(), ids);
    Instantiation result = new Instantiation(
        Placeholders.fill(t.name(), values),
        Placeholders.fill(t.description(), values),
        t.goals().stream().map(g -> goal(g, values, goalIds)).toList(),
        t.milestones().stream().map(m -> milestone(m, values, goalIds, ids)).toList(),
        values);
    checkLengths(result);
    return result;
  }

  private static Map<String, String> resolve(List<TemplateParameter> declared, Map<String, String> given) {
    Checks c = new Checks();
    Map<String, String> values = new LinkedHashMap<>();
    for (TemplateParameter p : declared) {
      String value = valueOf(p, given);
      String path = "parameters." + p.name();
      if (value == null) {
        c.fail(path, "required parameter missing");
      } else {
        c.required(path, value, Limits.PARAMETER_VALUE_MAX);
        values.put(p.name(), value);
      }
    }
    for (String name : unknown(declared, given)) {
      c.fail("parameters." + name, "unknown parameter");
    }
    c.throwIfAny();
    return values;
  }

  private static @Nullable String valueOf(TemplateParameter p, Map<String, String> given) {
    String value = given.get(p.name());
    return value != null ? value : p.defaultValue();
  }

  private static Set<String> unknown(List<TemplateParameter> declared, Map<String, String> given) {
    Set<String> unknown = new TreeSet<>(given.keySet());
    declared.forEach(p -> unknown.remove(p.name()));
    return unknown;
  }

  private static Map<String, String> newGoalIds(List<TemplateGoal> goals, IdGenerator ids) {
    Map<String, String> byKey = new HashMap<>();
    goals.forEach(g -> byKey.put(g.key(), ids.newId()));
    return byKey;
  }

  private static Goal goal(TemplateGoal g, Map<String, String> values, Map<String, String> goalIds) {
    String parentKey = g.parentKey();
    return new Goal(
        idOf(g.key(), goalIds),
        parentKey == null ? null : idOf(parentKey, goalIds),
        Placeholders.fill(g.title(), values),
        Placeholders.fill(g.description(), values),
        g.category(),
        GoalStatus.OPEN,
        g.weight(),
        g.successCriteria().stream().map(s -> Placeholders.fill(s, values)).toList(),
        g.dependsOn().stream().map(k -> idOf(k, goalIds)).toList(),
        g.estimate(),
        null);
  }

  private static Milestone milestone(TemplateMilestone m, Map<String, String> values, Map<String, String> goalIds,
      IdGenerator ids) {
    return new Milestone(
        ids.newId(),
        Placeholders.fill(m.name(), values),
        m.requiredGoalKeys().stream().map(k -> idOf(k, goalIds)).toList(),
        null);
  }

  private static String idOf(String key, Map<String, String> goalIds) {
    String id = goalIds.get(key);
    if (id == null) {
      throw new IllegalArgumentException("template is invalid: no goal has key '" + key + "'");
    }
    return id;
  }

  /** A long parameter value can push a filled text over its limit; report where. */
  private static void checkLengths(Instantiation r) {
    Checks c = new Checks();
    c.optional("name", r.name(), Limits.NAME_MAX);
    c.optional("description", r.description(), Limits.DESCRIPTION_MAX);
    for (int i = 0; i < r.goals().size(); i++) {
      goalLengths("goals[" + i + "]", r.goals().get(i), c);
    }
    for (int i = 0; i < r.milestones().size(); i++) {
      c.optional("milestones[" + i + "].name", r.milestones().get(i).name(), Limits.NAME_MAX);
    }
    c.throwIfAny();
  }

  private static void goalLengths(String path, Goal g, Checks c) {
    c.optional(path + ".title", g.title(), Limits.NAME_MAX);
    c.optional(path + ".description", g.description(), Limits.DESCRIPTION_MAX);
    for (int j = 0; j < g.successCriteria().size(); j++) {
      c.optional(path + ".successCriteria[" + j + "]", g.successCriteria().get(j), Limits.NOTE_MAX);
    }
  }
}
