package dev.sessionhub.internal.domain;

import dev.sessionhub.error.Violation;
import dev.sessionhub.model.Blocker;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.Resource;
import dev.sessionhub.model.Session;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Checks a whole session snapshot against every documented limit and structural rule, reporting
 * every violation with its path (e.g. {@code goals[3].title}). Run on every write and on import.
 */
public final class SessionValidator {


  private final ToIntFunction<java.util.Map<String, ?>> jsonSize;

  /** @param jsonSize the size in bytes of custom fields as compact UTF-8 JSON */
  public SessionValidator(ToIntFunction<java.util.Map<String, ?>> jsonSize) {
    this.jsonSize = jsonSize;
  }

  /** Every violation of the snapshot; empty when valid. */
  public List<Violation> validate(Session s) {
    Checks c = new Checks();
    c.check(isId(s.id()), "id", "must be 1 to 64 letters, digits, '_' or '-'");
    c.check(s.version() >= 1, "version", "must be at least 1");
    c.required("name", s.name(), Limits.NAME_MAX).optional("description", s.description(), Limits.DESCRIPTION_MAX);
    c.duration("estimatedDuration", s.estimatedDuration().orElse(null), Limits.DURATION_MAX);
    goals(s, c);
    milestones(s, c);
    blockers(s, c);
    resources(s, c);
    collaborators(s, c);
    c.texts("metadata.tags", s.metadata().tags(), Limits.TAGS_MAX, Limits.TAG_MAX);
    c.texts("metadata.skills", s.metadata().skills(), Limits.TAGS_MAX, Limits.TAG_MAX);
    c.check(s.attachments().size() <= Limits.ATTACHMENTS_MAX, "attachments", "must have at most " + Limits.ATTACHMENTS_MAX + " items");
    learnings(s, c);
    customFields(s, c);
    c.check(s.history().size() <= Limits.HISTORY_MAX, "history", "must have at most " + Limits.HISTORY_MAX + " transitions");
    s.template().ifPresent(t -> {
      c.check(isId(t.templateId()), "template.templateId", "must be 1 to 64 letters, digits, '_' or '-'");
      c.check(t.version() >= 1, "template.version", "must be at least 1");
    });
    return c.violations();
  }

  /** Throws every violation of the snapshot together, if any. */
  public void check(Session s) {
    List<Violation> found = validate(s);
    if (!found.isEmpty()) {
      throw new dev.sessionhub.error.ValidationException(found);
    }
  }

  private static void goals(Session s, Checks c) {
    List<Goal> goals = s.goals();
    c.check(goals.size() <= Limits.GOALS_MAX, "goals", "must have at most " + Limits.GOALS_MAX + " goals, had " + goals.size());
    Set<String> ids = new HashSet<>();
    for (Goal g : goals) {
      ids.add(g.id());
    }
    Set<String> seen = new HashSet<>();
    Map<String, List<String>> parents = new HashMap<>();
    for (int i = 0; i < goals.size(); i++) {
      Goal g = goals.get(i);
      boolean unique = seen.add(g.id());
      if (!unique || !clean(g, ids)) {
        goalDetails(c, i, g, ids, unique);
      }
      if (g.parentId() != null) {
        parents.put(g.id(), List.of(g.parentId()));
      }
    }
    Dag.findCycle(Goals.dependencyGraph(goals)).ifPresent(cycle ->
        c.fail("goals", "dependency cycle: " + String.join(" -> ", cycle)));
    Dag.findCycle(parents).ifPresent(cycle ->
        c.fail("goals", "sub-goal cycle: " + String.join(" -> ", cycle)));
  }

  /** A fast check with no strings built; most goals pass it, and only the others get paths. */
  private static boolean clean(Goal g, Set<String> ids) {
    boolean ok = isId(g.id()) && !g.title().isBlank() && g.title().length() <= Limits.NAME_MAX
        && g.description().length() <= Limits.DESCRIPTION_MAX
        && g.weight() >= 1 && g.weight() <= Limits.WEIGHT_MAX && g.successCriteria().size() <= 50
        && (g.estimate() == null || (!g.estimate().isNegative() && !g.estimate().isZero() && g.estimate().compareTo(Limits.DURATION_MAX) <= 0))
        && (g.parentId() == null || ids.contains(g.parentId()));
    for (String criterion : g.successCriteria()) {
      ok &= !criterion.isBlank() && criterion.length() <= Limits.NOTE_MAX;
    }
    for (String d : g.dependsOn()) {
      ok &= ids.contains(d) && !d.equals(g.id());
    }
    return ok;
  }

  private static void goalDetails(Checks c, int i, Goal g, Set<String> ids, boolean unique) {
    String p = "goals[" + i + "]";
    c.check(isId(g.id()), p + ".id", "must be 1 to 64 letters, digits, '_' or '-'");
    c.check(unique, p + ".id", "duplicate goal id " + g.id());
    c.required(p + ".title", g.title(), Limits.NAME_MAX).optional(p + ".description", g.description(), Limits.DESCRIPTION_MAX);
    c.range(p + ".weight", g.weight(), 1, Limits.WEIGHT_MAX);
    c.texts(p + ".successCriteria", g.successCriteria(), 50, Limits.NOTE_MAX);
    c.duration(p + ".estimate", g.estimate(), Limits.DURATION_MAX);
    for (int j = 0; j < g.dependsOn().size(); j++) {
      String d = g.dependsOn().get(j);
      c.check(ids.contains(d), p + ".dependsOn[" + j + "]", "no goal " + d);
      c.check(!d.equals(g.id()), p + ".dependsOn[" + j + "]", "a goal cannot depend on itself");
    }
    if (g.parentId() != null) {
      c.check(ids.contains(g.parentId()), p + ".parentId", "no goal " + g.parentId());
    }
  }

  /** Whether {@code id} is 1 to 64 of {@code [A-Za-z0-9_-]}; a loop, not a regex, as it runs per goal. */
  public static boolean isId(String id) {
    int n = id.length();
    if (n == 0 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char ch = id.charAt(i);
      boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static void milestones(Session s, Checks c) {
    List<Milestone> ms = s.milestones();
    Set<String> goalIds = new HashSet<>();
    for (Goal g : s.goals()) {
      goalIds.add(g.id());
    }
    c.check(ms.size() <= Limits.MILESTONES_MAX, "milestones", "must have at most " + Limits.MILESTONES_MAX + " milestones");
    for (int i = 0; i < ms.size(); i++) {
      Milestone m = ms.get(i);
      String p = "milestones[" + i + "]";
      if (m.name().isBlank() || m.name().length() > Limits.NAME_MAX) {
        c.required(p + ".name", m.name(), Limits.NAME_MAX);
      }
      if (m.requiredGoalIds().isEmpty()) {
        c.fail(p + ".requiredGoalIds", "must name at least one goal");
      }
      for (int j = 0; j < m.requiredGoalIds().size(); j++) {
        String g = m.requiredGoalIds().get(j);
        if (!goalIds.contains(g)) {
          c.fail(p + ".requiredGoalIds[" + j + "]", "no goal " + g);
        }
      }
    }
  }

  private static void blockers(Session s, Checks c) {
    List<Blocker> bs = s.blockers();
    c.check(bs.size() <= Limits.BLOCKERS_MAX, "blockers", "must have at most " + Limits.BLOCKERS_MAX + " blockers");
    for (int i = 0; i < bs.size(); i++) {
      Blocker b = bs.get(i);
      String p = "blockers[" + i + "]";
      c.required(p + ".description", b.description(), Limits.NOTE_MAX);
      c.optional(p + ".resolution", b.resolution(), Limits.NOTE_MAX);
      if (b.isOpen() && b.goalId() != null) {
        c.check(s.goal(b.goalId()).isPresent(), p + ".goalId", "no goal " + b.goalId());
      }
    }
  }

  private static void resources(Session s, Checks c) {
    List<Resource> rs = s.resources();
    c.check(rs.size() <= Limits.RESOURCES_MAX, "resources", "must have at most " + Limits.RESOURCES_MAX + " resources");
    for (int i = 0; i < rs.size(); i++) {
      String p = "resources[" + i + "]";
      c.required(p + ".title", rs.get(i).title(), Limits.NAME_MAX);
      String problem = urlProblem(rs.get(i).url());
      if (problem != null) {
        c.fail(p + ".url", problem);
      }
    }
  }

  /** Why a resource URL is not acceptable, or {@code null} when it is. */
  public static String urlProblem(String url) {
    if (url.isBlank() || url.length() > Limits.URL_MAX) {
      return "must be 1 to " + Limits.URL_MAX + " characters";
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme == null || !Set.of("http", "https", "mailto").contains(scheme.toLowerCase(java.util.Locale.ROOT))) {
        return "must be an absolute http, https or mailto URI";
      }
      return null;
    } catch (java.net.URISyntaxException e) {
      return "is not a valid URI: " + e.getReason();
    }
  }

  private static void collaborators(Session s, Checks c) {
    List<Collaborator> cs = s.collaborators();
    c.check(cs.size() <= Limits.COLLABORATORS_MAX, "collaborators", "must have at most " + Limits.COLLABORATORS_MAX + " members");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < cs.size(); i++) {
      String p = "collaborators[" + i + "].userId";
      c.required(p, cs.get(i).userId(), Limits.USER_ID_MAX);
      c.check(seen.add(cs.get(i).userId()), p, "duplicate member " + cs.get(i).userId());
    }
  }

  private static void learnings(Session s, Checks c) {
    List<Learning> ls = s.learnings();
    c.check(ls.size() <= Limits.LEARNINGS_MAX, "learnings", "must have at most " + Limits.LEARNINGS_MAX + " learnings");
    for (int i = 0; i < ls.size(); i++) {
      c.required("learnings[" + i + "].text", ls.get(i).text(), Limits.NOTE_MAX);
    }
  }

  private void customFields(Session s, Checks c) {
    for (String key : s.customFields().keySet()) {
      c.check(!key.isBlank() && key.length() <= 100, "customFields." + key, "keys must be 1 to 100 characters");
    }
    if (!s.customFields().isEmpty()) {
      int size = jsonSize.applyAsInt(s.customFields());
      c.check(size <= Limits.CUSTOM_FIELDS_MAX_BYTES, "customFields",
          "must be at most " + Limits.CUSTOM_FIELDS_MAX_BYTES + " bytes as JSON, was " + size);
    }
  }
}
