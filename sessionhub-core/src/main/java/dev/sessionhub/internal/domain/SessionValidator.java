package dev.sessionhub.internal.domain;

import dev.sessionhub.error.Violation;
import dev.sessionhub.model.Attachment;
import dev.sessionhub.model.Blocker;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.Resource;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.StatusChange;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Checks a whole session snapshot against every documented limit and structural rule, reporting
 * every violation with its path (e.g. {@code goals[3].title}). Run on every write and on import,
 * so no value a store cannot keep exactly (an id of other characters, a text with NUL or an
 * unpaired surrogate, a malformed content hash) ever reaches a store. The rules are
 * {@link Checks}'.
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
    c.id("id", s.id());
    c.check(s.version() >= 1, "version", "must be at least 1");
    c.required("name", s.name(), Limits.NAME_MAX).optional("description", s.description(), Limits.DESCRIPTION_MAX);
    c.duration("estimatedDuration", s.estimatedDuration().orElse(null));
    goals(s, c);
    milestones(s, c);
    blockers(s, c);
    resources(s, c);
    collaborators(s, c);
    c.texts("metadata.tags", s.metadata().tags(), Limits.TAGS_MAX, Limits.TAG_MAX);
    c.texts("metadata.skills", s.metadata().skills(), Limits.TAGS_MAX, Limits.TAG_MAX);
    attachments(s, c);
    learnings(s, c);
    customFields(s, c);
    history(s, c);
    s.template().ifPresent(t -> {
      c.id("template.templateId", t.templateId());
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
    c.count("goals", goals.size(), Limits.GOALS_MAX);
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
    boolean ok = Checks.isId(g.id()) && !g.title().isBlank() && g.title().length() <= Limits.NAME_MAX
        && g.description().length() <= Limits.DESCRIPTION_MAX
        && Checks.textProblem(g.title()) == null && Checks.textProblem(g.description()) == null
        && g.weight() >= 1 && g.weight() <= Limits.WEIGHT_MAX && g.successCriteria().size() <= Limits.SUCCESS_CRITERIA_MAX
        && (g.estimate() == null || (!g.estimate().isNegative() && !g.estimate().isZero() && g.estimate().compareTo(Limits.DURATION_MAX) <= 0))
        && (g.parentId() == null || ids.contains(g.parentId()));
    for (String criterion : g.successCriteria()) {
      ok &= !criterion.isBlank() && criterion.length() <= Limits.NOTE_MAX && Checks.textProblem(criterion) == null;
    }
    for (String d : g.dependsOn()) {
      ok &= ids.contains(d) && !d.equals(g.id());
    }
    return ok;
  }

  private static void goalDetails(Checks c, int i, Goal g, Set<String> ids, boolean unique) {
    String p = "goals[" + i + "]";
    c.id(p + ".id", g.id());
    c.check(unique, p + ".id", "duplicate goal id " + g.id());
    c.required(p + ".title", g.title(), Limits.NAME_MAX).optional(p + ".description", g.description(), Limits.DESCRIPTION_MAX);
    c.range(p + ".weight", g.weight(), 1, Limits.WEIGHT_MAX);
    c.texts(p + ".successCriteria", g.successCriteria(), Limits.SUCCESS_CRITERIA_MAX, Limits.NOTE_MAX);
    c.duration(p + ".estimate", g.estimate());
    for (int j = 0; j < g.dependsOn().size(); j++) {
      String d = g.dependsOn().get(j);
      c.check(ids.contains(d), p + ".dependsOn[" + j + "]", "no goal " + d);
      c.check(!d.equals(g.id()), p + ".dependsOn[" + j + "]", "a goal cannot depend on itself");
    }
    if (g.parentId() != null) {
      c.check(ids.contains(g.parentId()), p + ".parentId", "no goal " + g.parentId());
    }
  }

  private static void milestones(Session s, Checks c) {
    List<Milestone> ms = s.milestones();
    Set<String> goalIds = new HashSet<>();
    for (Goal g : s.goals()) {
      goalIds.add(g.id());
    }
    c.count("milestones", ms.size(), Limits.MILESTONES_MAX);
    for (int i = 0; i < ms.size(); i++) {
      Milestone m = ms.get(i);
      String p = "milestones[" + i + "]";
      c.id(p + ".id", m.id()).required(p + ".name", m.name(), Limits.NAME_MAX);
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
    c.count("blockers", bs.size(), Limits.BLOCKERS_MAX);
    for (int i = 0; i < bs.size(); i++) {
      Blocker b = bs.get(i);
      String p = "blockers[" + i + "]";
      c.id(p + ".id", b.id()).user(p + ".raisedBy", b.raisedBy());
      c.required(p + ".description", b.description(), Limits.NOTE_MAX);
      c.optional(p + ".resolution", b.resolution(), Limits.NOTE_MAX);
      if (b.resolvedBy() != null) {
        c.user(p + ".resolvedBy", b.resolvedBy());
      }
      if (b.goalId() != null) {
        c.id(p + ".goalId", b.goalId());
      }
      if (b.isOpen() && b.goalId() != null) {
        c.check(s.goal(b.goalId()).isPresent(), p + ".goalId", "no goal " + b.goalId());
      }
    }
  }

  private static void resources(Session s, Checks c) {
    List<Resource> rs = s.resources();
    c.count("resources", rs.size(), Limits.RESOURCES_MAX);
    for (int i = 0; i < rs.size(); i++) {
      String p = "resources[" + i + "]";
      c.id(p + ".id", rs.get(i).id()).required(p + ".title", rs.get(i).title(), Limits.NAME_MAX);
      String problem = urlProblem(rs.get(i).url());
      if (problem != null) {
        c.fail(p + ".url", problem);
      }
    }
  }

  /** Why a resource URL is not acceptable, or {@code null} when it is. */
  public static @Nullable String urlProblem(String url) {
    if (url.isBlank() || url.length() > Limits.URL_MAX) {
      return "must be 1 to " + Limits.URL_MAX + " characters";
    }
    String text = Checks.textProblem(url);
    if (text != null) {
      return text;
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
    c.count("collaborators", cs.size(), Limits.COLLABORATORS_MAX);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < cs.size(); i++) {
      String p = "collaborators[" + i + "].userId";
      c.user(p, cs.get(i).userId());
      c.check(seen.add(cs.get(i).userId()), p, "duplicate member " + cs.get(i).userId());
    }
  }

  private static void learnings(Session s, Checks c) {
    List<Learning> ls = s.learnings();
    c.count("learnings", ls.size(), Limits.LEARNINGS_MAX);
    for (int i = 0; i < ls.size(); i++) {
      Learning l = ls.get(i);
      if (!Checks.isId(l.id()) || !Checks.isText(l.text(), Limits.NOTE_MAX) || !Checks.isUser(l.author())) {
        String p = "learnings[" + i + "]";
        c.id(p + ".id", l.id()).required(p + ".text", l.text(), Limits.NOTE_MAX).user(p + ".author", l.author());
      }
    }
  }

  /** Attachment fields become content keys and file names: each is checked, the hash by format. */
  private static void attachments(Session s, Checks c) {
    List<Attachment> as = s.attachments();
    c.count("attachments", as.size(), Limits.ATTACHMENTS_MAX);
    for (int i = 0; i < as.size(); i++) {
      Attachment a = as.get(i);
      String p = "attachments[" + i + "]";
      c.id(p + ".id", a.id()).fileName(p + ".name", a.name()).sha256(p + ".sha256", a.sha256());
      c.required(p + ".contentType", a.contentType(), Limits.NAME_MAX).user(p + ".uploadedBy", a.uploadedBy());
      c.check(a.size() >= 0, p + ".size", "must not be negative").check(a.version() >= 1, p + ".version", "must be at least 1");
    }
  }

  private static void history(Session s, Checks c) {
    List<StatusChange> h = s.history();
    c.count("history", h.size(), Limits.HISTORY_MAX);
    for (int i = 0; i < h.size(); i++) {
      if (!Checks.isUser(h.get(i).actor())) {
        c.user("history[" + i + "].actor", h.get(i).actor());
      }
    }
  }

  private void customFields(Session s, Checks c) {
    int before = c.violations().size();
    c.freeForm("customFields", s.customFields(), Limits.CUSTOM_FIELDS_DEPTH_MAX);
    if (c.violations().size() == before && !s.customFields().isEmpty()) {
      int size = jsonSize.applyAsInt(s.customFields());
      c.check(size <= Limits.CUSTOM_FIELDS_MAX_BYTES, "customFields",
          "must be at most " + Limits.CUSTOM_FIELDS_MAX_BYTES + " bytes as JSON, was " + size);
    }
  }
}
