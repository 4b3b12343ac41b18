package dev.sessionhub.internal.hub;

import dev.sessionhub.model.Attachment;
import dev.sessionhub.model.Blocker;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.StatusChange;
import dev.sessionhub.model.event.SessionEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two snapshots of a session: the events to publish and the delta for the
 * activity log. Deriving both from the snapshots, rather than from each operation, keeps every
 * operation's events and audit entry complete by construction.
 *
 * @param changedFields names of the top-level fields that differ
 * @param delta field to new value, or to {@code {added, removed, changed}} ids for collections
 * @param events the events, in a stable order
 */
record ChangeDiff(Set<String> changedFields, Map<String, @Nullable Object> delta, List<SessionEvent> events) {

  private static final Set<String> LIFECYCLE_FIELDS =
      Set.of("status", "history", "startedAt", "completedAt", "archivedAt", "commentCount");

  static ChangeDiff between(Session before, Session after, String actor, Instant at) {
    Map<String, @Nullable Object> delta = new LinkedHashMap<>();
    scalar(delta, "name", before.name(), after.name());
    scalar(delta, "description", before.description(), after.description());
    scalar(delta, "type", before.type(), after.type());
    scalar(delta, "priority", before.priority(), after.priority());
    scalar(delta, "estimatedDuration", before.estimatedDuration().orElse(null), after.estimatedDuration().orElse(null));
    scalar(delta, "status", before.status(), after.status());
    scalar(delta, "settings", before.settings(), after.settings());
    scalar(delta, "metadata", before.metadata(), after.metadata());
    if (!before.customFields().equals(after.customFields())) {
      delta.put("customFields", after.customFields());
    }
    ids(delta, "goals", before.goals(), after.goals(), Goal::id);
    ids(delta, "milestones", before.milestones(), after.milestones(), Milestone::id);
    ids(delta, "blockers", before.blockers(), after.blockers(), Blocker::id);
    ids(delta, "resources", before.resources(), after.resources(), r -> r.id());
    ids(delta, "attachments", before.attachments(), after.attachments(), Attachment::id);
    ids(delta, "collaborators", before.collaborators(), after.collaborators(), Collaborator::userId);
    ids(delta, "learnings", before.learnings(), after.learnings(), l -> l.id());
    if (before.commentCount() != after.commentCount()) {
      delta.put("commentCount", after.commentCount());
    }
    Set<String> changed = new LinkedHashSet<>(delta.keySet());
    if (!before.history().equals(after.history())) {
      changed.add("history");
    }
    return new ChangeDiff(changed, delta, events(before, after, actor, at, changed));
  }

  private static List<SessionEvent> events(Session b, Session a, String actor, Instant at, Set<String> changed) {
    List<SessionEvent> out = new ArrayList<>();
    String id = a.id();
    long v = a.version();
    Set<String> content = new LinkedHashSet<>(changed);
    content.removeAll(LIFECYCLE_FIELDS);
    if (!content.isEmpty()) {
      out.add(new SessionEvent.Updated(id, v, actor, at, content));
    }
    if (b.status() != a.status() && !a.history().isEmpty()) {
      StatusChange last = a.history().get(a.history().size() - 1);
      out.add(new SessionEvent.StatusChanged(id, v, actor, at, b.status(), a.status(), last.action()));
      if (a.status() == SessionStatus.ARCHIVED) {
        out.add(new SessionEvent.Archived(id, v, actor, at));
      }
    }
    Map<String, Goal> goalsBefore = index(b.goals(), Goal::id);
    for (Goal g : a.goals()) {
      Goal old = goalsBefore.get(g.id());
      if (g.status() == GoalStatus.DONE && (old == null || old.status() != GoalStatus.DONE)) {
        out.add(new SessionEvent.GoalCompleted(id, v, actor, at, g.id()));
      }
    }
    Map<String, Milestone> msBefore = index(b.milestones(), Milestone::id);
    for (Milestone m : a.milestones()) {
      Milestone old = msBefore.get(m.id());
      if (m.reached() && (old == null || !old.reached())) {
        out.add(new SessionEvent.MilestoneReached(id, v, actor, at, m.id()));
      }
    }
    blockerEvents(b, a, actor, at, out);
    collaboratorEvents(b, a, actor, at, out);
    Map<String, Attachment> attBefore = index(b.attachments(), Attachment::id);
    for (Attachment att : a.attachments()) {
      if (!attBefore.containsKey(att.id())) {
        out.add(new SessionEvent.AttachmentAdded(id, v, actor, at, att.id(), att.name(), att.version()));
      }
    }
    return out;
  }

  private static void blockerEvents(Session b, Session a, String actor, Instant at, List<SessionEvent> out) {
    Map<String, Blocker> before = index(b.blockers(), Blocker::id);
    for (Blocker x : a.blockers()) {
      Blocker old = before.get(x.id());
      if (old == null) {
        out.add(new SessionEvent.BlockerRaised(a.id(), a.version(), actor, at, x.id(), x.goalId()));
      }
      if (!x.isOpen() && (old == null || old.isOpen())) {
        out.add(new SessionEvent.BlockerResolved(a.id(), a.version(), actor, at, x.id()));
      }
    }
  }

  private static void collaboratorEvents(Session b, Session a, String actor, Instant at, List<SessionEvent> out) {
    Map<String, Collaborator> before = index(b.collaborators(), Collaborator::userId);
    Map<String, Collaborator> after = index(a.collaborators(), Collaborator::userId);
    for (Collaborator c : a.collaborators()) {
      Collaborator old = before.get(c.userId());
      if (old == null) {
        out.add(new SessionEvent.CollaboratorAdded(a.id(), a.version(), actor, at, c.userId(), c.role()));
      } else if (old.role() != c.role()) {
        out.add(new SessionEvent.RoleChanged(a.id(), a.version(), actor, at, c.userId(), old.role(), c.role()));
      }
    }
    for (Collaborator c : b.collaborators()) {
      if (!after.containsKey(c.userId())) {
        out.add(new SessionEvent.CollaboratorRemoved(a.id(), a.version(), actor, at, c.userId()));
      }
    }
  }

  private static void scalar(Map<String, @Nullable Object> delta, String field, @Nullable Object before, @Nullable Object after) {
    if (!Objects.equals(before, after)) {
      delta.put(field, after == null ? null : after.toString());
    }
  }

  private static <T> void ids(Map<String, @Nullable Object> delta, String field, List<T> before, List<T> after, Function<T, String> id) {
    if (before.equals(after)) {
      return;
    }
    Map<String, T> old = index(before, id);
    Map<String, T> now = index(after, id);
    List<Object> added = new ArrayList<>();
    List<Object> changed = new ArrayList<>();
    List<Object> removed = new ArrayList<>();
    for (T t : after) {
      T o = old.get(id.apply(t));
      if (o == null) {
        added.add(id.apply(t));
      } else if (!o.equals(t)) {
        changed.add(id.apply(t));
      }
    }
    for (T t : before) {
      if (!now.containsKey(id.apply(t))) {
        removed.add(id.apply(t));
      }
    }
    Map<String, Object> d = new LinkedHashMap<>(4);
    putIfAny(d, "added", added);
    putIfAny(d, "changed", changed);
    putIfAny(d, "removed", removed);
    delta.put(field, d);
  }

  private static void putIfAny(Map<String, Object> d, String key, List<Object> ids) {
    if (!ids.isEmpty()) {
      d.put(key, ids);
    }
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>(items.size() * 2);
    for (T t : items) {
      m.put(id.apply(t), t);
    }
    return m;
  }
}
