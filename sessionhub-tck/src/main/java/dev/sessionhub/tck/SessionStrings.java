package dev.sessionhub.tck;

import dev.sessionhub.model.Attachment;
import dev.sessionhub.model.Blocker;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.Resource;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateGoal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Every text a session holds, custom fields' keys and strings included: what a store must keep exactly. */
final class SessionStrings {

  private SessionStrings() {}

  static Set<String> of(Session s) {
    Set<String> all = new HashSet<>();
    all.add(s.name());
    all.add(s.description());
    all.addAll(s.metadata().tags());
    all.addAll(s.metadata().skills());
    for (Goal g : s.goals()) {
      all.add(g.title());
      all.add(g.description());
      all.addAll(g.successCriteria());
    }
    s.milestones().stream().map(Milestone::name).forEach(all::add);
    for (Blocker b : s.blockers()) {
      all.add(b.description());
      if (b.resolution() != null) {
        all.add(b.resolution());
      }
    }
    for (Resource r : s.resources()) {
      all.add(r.title());
      all.add(r.url());
    }
    s.learnings().stream().map(Learning::text).forEach(all::add);
    s.collaborators().stream().map(Collaborator::userId).forEach(all::add);
    s.attachments().stream().map(Attachment::name).forEach(all::add);
    freeForm(s.customFields(), all);
    return all;
  }

  /** Every text a template holds. */
  static Set<String> of(Template t) {
    Set<String> all = new HashSet<>();
    all.add(t.name());
    all.add(t.description());
    all.addAll(t.tags());
    for (TemplateGoal g : t.goals()) {
      all.add(g.title());
      all.add(g.description());
      all.addAll(g.successCriteria());
    }
    return all;
  }

  /** The keys and strings of free-form values, at any depth. */
  static Set<String> ofFreeForm(Map<String, ?> values) {
    Set<String> all = new HashSet<>();
    freeForm(values, all);
    return all;
  }

  private static void freeForm(Map<String, ?> values, Set<String> all) {
    Deque<Object> pending = new ArrayDeque<>();
    pending.push(values);
    while (!pending.isEmpty()) {
      Object v = pending.pop();
      if (v instanceof Map<?, ?> m) {
        m.forEach((k, x) -> {
          all.add(String.valueOf(k));
          if (x != null) {
            pending.push(x);
          }
        });
      } else if (v instanceof Collection<?> c) {
        c.forEach(x -> {
          if (x != null) {
            pending.push(x);
          }
        });
      } else if (v instanceof String str) {
        all.add(str);
      }
    }
  }
}
