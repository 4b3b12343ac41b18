package dev.sessionhub.internal.template;

import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.internal.domain.Dag;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.TemplateGoal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The rules for a template's goals: fields, key references, and acyclic dependencies and parents. */
final class GoalRules {

  private final List<TemplateGoal> goals;
  private final Set<String> declared;
  private final Checks c;
  private final Map<String, Integer> indexByKey = new HashMap<>();

  private GoalRules(List<TemplateGoal> goals, Set<String> declared, Checks c) {
    this.goals = goals;
    this.declared = declared;
    this.c = c;
    for (int i = 0; i < goals.size(); i++) {
      indexByKey.putIfAbsent(goals.get(i).key(), i);
    }
  }

  static void check(List<TemplateGoal> goals, Set<String> declared, Checks c) {
    if (goals.isEmpty()) {
      c.fail("goals", "must have at least one goal");
    }
    c.count("goals", goals.size(), Limits.GOALS_MAX);
    GoalRules rules = new GoalRules(goals, declared, c);
    for (int i = 0; i < goals.size(); i++) {
      rules.goal(i, goals.get(i));
    }
    rules.cycles("dependsOn", "dependency cycle: ", GoalRules::dependencies);
    rules.cycles("parentKey", "parent cycle: ", GoalRules::parent);
  }

  private void goal(int i, TemplateGoal g) {
    String path = "goals[" + i + "]";
    key(path + ".key", i, g.key());
    c.required(path + ".title", g.title(), Limits.NAME_MAX);
    Placeholders.check(c, path + ".title", g.title(), declared);
    c.optional(path + ".description", g.description(), Limits.DESCRIPTION_MAX);
    Placeholders.check(c, path + ".description", g.description(), declared);
    criteria(path + ".successCriteria", g.successCriteria());
    weight(path + ".weight", g.weight());
    if (g.estimate() != null) {
      c.duration(path + ".estimate", g.estimate());
    }
    parentKey(path + ".parentKey", g);
    dependsOn(path + ".dependsOn", g);
  }

  private void key(String path, int i, String key) {
    c.id(path, key);
    Integer first = indexByKey.get(key);
    if (first != null && first != i && !key.isBlank()) {
      c.fail(path, "duplicate key '" + key + "' (also goals[" + first + "])");
    }
  }

  private void criteria(String path, List<String> criteria) {
    for (int j = 0; j < criteria.size(); j++) {
      c.required(path + "[" + j + "]", criteria.get(j), Limits.NOTE_MAX);
      Placeholders.check(c, path + "[" + j + "]", criteria.get(j), declared);
    }
  }

  private void weight(String path, int weight) {
    if (weight < 1 || weight > Limits.WEIGHT_MAX) {
      c.fail(path, "must be between 1 and " + Limits.WEIGHT_MAX + " (is " + weight + ")");
    }
  }

  private void parentKey(String path, TemplateGoal g) {
    String parent = g.parentKey();
    if (parent == null) {
      return;
    }
    if (parent.equals(g.key())) {
      c.fail(path, "a goal must not be its own parent");
    } else if (!indexByKey.containsKey(parent)) {
      c.fail(path, "no goal has key '" + parent + "'");
    }
  }

  private void dependsOn(String path, TemplateGoal g) {
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < g.dependsOn().size(); j++) {
      String dep = g.dependsOn().get(j);
      if (dep.equals(g.key())) {
        c.fail(path + "[" + j + "]", "a goal must not depend on itself");
      } else if (!indexByKey.containsKey(dep)) {
        c.fail(path + "[" + j + "]", "no goal has key '" + dep + "'");
      } else if (!seen.add(dep)) {
        c.fail(path + "[" + j + "]", "duplicate dependency '" + dep + "'");
      }
    }
  }

  /** Reports each cycle of the graph given by {@code targets}, at the goal where it starts. */
  private void cycles(String field, String prefix, Function<TemplateGoal, List<String>> targets) {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (TemplateGoal g : goals) {
      edges.putIfAbsent(g.key(), edgesOf(g, targets.apply(g)));
    }
    for (List<String> cycle : Dag.findCycles(edges)) {
      c.fail("goals[" + indexByKey.get(cycle.get(0)) + "]." + field, prefix + String.join(" -> ", cycle));
    }
  }

  /** Edges to existing other goals only: self and unknown references are reported on their own. */
  private List<String> edgesOf(TemplateGoal g, List<String> keys) {
    return keys.stream().filter(k -> !k.equals(g.key()) && indexByKey.containsKey(k)).distinct().toList();
  }

  private static List<String> dependencies(TemplateGoal g) {
    return g.dependsOn();
  }

  private static List<String> parent(TemplateGoal g) {
    String parent = g.parentKey();
    return parent == null ? List.of() : List.of(parent);
  }
}
