package dev.sessionhub.internal.hub;

import dev.sessionhub.GoalPatch;
import dev.sessionhub.NewGoal;
import dev.sessionhub.Operation;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.internal.domain.Goals;
import dev.sessionhub.internal.domain.Milestones;
import dev.sessionhub.internal.domain.SessionValidator;
import dev.sessionhub.model.Blocker;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.Resource;
import dev.sessionhub.model.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Goals, dependencies, milestones, blockers, resources and learnings: the session's content. */
final class GoalService {

  private final HubContext ctx;
  private final SessionWriter writer;

  GoalService(HubContext ctx, SessionWriter writer) {
    this.ctx = ctx;
    this.writer = writer;
  }

  Session addGoal(String actor, String sessionId, long v, NewGoal g) {
    Inputs.check(g);
    return writer.edit(actor, sessionId, v, Operation.ADD_GOAL, (s, now) -> {
      Goal goal = new Goal(ctx.ids().newId(), g.parentId(), g.title(), g.description(), g.category(),
          GoalStatus.OPEN, g.weight(), g.successCriteria(), g.dependsOn(), g.estimate(), null);
      return SessionWriter.Outcome.of(Goals.add(s, goal, now));
    });
  }

  Session updateGoal(String actor, String sessionId, long v, String goalId, GoalPatch p) {
    Inputs.check(p);
    return writer.edit(actor, sessionId, v, Operation.UPDATE_GOAL, (s, now) ->
        SessionWriter.Outcome.of(Goals.edit(s, goalId, g -> new Goal(g.id(), g.parentId(),
            or(p.title(), g.title()), or(p.description(), g.description()), or(p.category(), g.category()),
            g.status(), p.weight() != null ? p.weight() : g.weight(), or(p.successCriteria(), g.successCriteria()),
            g.dependsOn(), p.estimate() != null ? p.estimate() : g.estimate(), g.completedAt()), now)));
  }

  Session removeGoal(String actor, String sessionId, long v, String goalId) {
    return writer.edit(actor, sessionId, v, Operation.REMOVE_GOAL,
        (s, now) -> SessionWriter.Outcome.of(Goals.remove(s, goalId, now)));
  }

  Session setGoalStatus(String actor, String sessionId, long v, String goalId, GoalStatus status) {
    Objects.requireNonNull(status, "status");
    return writer.edit(actor, sessionId, v, Operation.SET_GOAL_STATUS,
        (s, now) -> SessionWriter.Outcome.of(Goals.setStatus(s, goalId, status, now)));
  }

  Session addDependency(String actor, String sessionId, long v, String goalId, String dependsOn) {
    return writer.edit(actor, sessionId, v, Operation.ADD_DEPENDENCY,
        (s, now) -> SessionWriter.Outcome.of(Goals.addDependency(s, goalId, dependsOn, now)));
  }

  Session removeDependency(String actor, String sessionId, long v, String goalId, String dependsOn) {
    return writer.edit(actor, sessionId, v, Operation.REMOVE_DEPENDENCY,
        (s, now) -> SessionWriter.Outcome.of(Goals.removeDependency(s, goalId, dependsOn, now)));
  }

  Session addMilestone(String actor, String sessionId, long v, String name, List<String> goalIds) {
    Inputs.text("name", name, Limits.NAME_MAX);
    return writer.edit(actor, sessionId, v, Operation.ADD_MILESTONE, (s, now) -> SessionWriter.Outcome.of(
        Milestones.add(s, new Milestone(ctx.ids().newId(), name, goalIds, null), now)));
  }

  Session removeMilestone(String actor, String sessionId, long v, String milestoneId) {
    return writer.edit(actor, sessionId, v, Operation.REMOVE_MILESTONE,
        (s, now) -> SessionWriter.Outcome.of(Milestones.remove(s, milestoneId)));
  }

  Session raiseBlocker(String actor, String sessionId, long v, @Nullable String goalId, String description) {
    Inputs.text("description", description, Limits.NOTE_MAX);
    return writer.edit(actor, sessionId, v, Operation.RAISE_BLOCKER, (s, now) -> {
      if (goalId != null) {
        Goals.require(s, goalId);
      }
      List<Blocker> bs = new ArrayList<>(s.blockers());
      bs.add(new Blocker(ctx.ids().newId(), goalId, description, actor, now, null, null, null));
      return SessionWriter.Outcome.of(s.toBuilder().blockers(bs).build());
    });
  }

  Session resolveBlocker(String actor, String sessionId, long v, String blockerId, String resolution) {
    Inputs.text("resolution", resolution, Limits.NOTE_MAX);
    return writer.edit(actor, sessionId, v, Operation.RESOLVE_BLOCKER, (s, now) -> {
      List<Blocker> bs = new ArrayList<>(s.blockers());
      int i = indexOf(bs, blockerId);
      if (!bs.get(i).isOpen()) {
        throw ValidationException.of("blockerId", "blocker " + blockerId + " is already resolved");
      }
      bs.set(i, bs.get(i).resolve(actor, now, resolution));
      return SessionWriter.Outcome.of(s.toBuilder().blockers(bs).build());
    });
  }

  Session addResource(String actor, String sessionId, long v, String title, String url) {
    Inputs.text("title", title, Limits.NAME_MAX);
    String problem = url == null ? "must not be blank" : SessionValidator.urlProblem(url);
    if (problem != null) {
      throw ValidationException.of("url", problem);
    }
    return writer.edit(actor, sessionId, v, Operation.ADD_RESOURCE, (s, now) -> {
      List<Resource> rs = new ArrayList<>(s.resources());
      rs.add(new Resource(ctx.ids().newId(), title, url));
      return SessionWriter.Outcome.of(s.toBuilder().resources(rs).build());
    });
  }

  Session removeResource(String actor, String sessionId, long v, String resourceId) {
    return writer.edit(actor, sessionId, v, Operation.REMOVE_RESOURCE, (s, now) -> {
      List<Resource> rs = new ArrayList<>(s.resources());
      if (!rs.removeIf(r -> r.id().equals(resourceId))) {
        throw new NotFoundException("resource", resourceId);
      }
      return SessionWriter.Outcome.of(s.toBuilder().resources(rs).build());
    });
  }

  Session addLearning(String actor, String sessionId, String text) {
    Inputs.text("text", text, Limits.NOTE_MAX);
    String id = ctx.ids().newId();
    return writer.append(actor, sessionId, Operation.ADD_LEARNING, (s, now) -> {
      List<Learning> ls = new ArrayList<>(s.learnings());
      ls.add(new Learning(id, text, actor, now));
      return SessionWriter.Outcome.of(s.toBuilder().learnings(ls).build());
    }).session();
  }

  private static int indexOf(List<Blocker> bs, String id) {
    for (int i = 0; i < bs.size(); i++) {
      if (bs.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new NotFoundException("blocker", id);
  }

  private static <T> T or(@Nullable T value, T fallback) {
    return value != null ? value : fallback;
  }
}
