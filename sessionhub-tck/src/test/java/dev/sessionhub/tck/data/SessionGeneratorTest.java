package dev.sessionhub.tck.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Blocker;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.StatusChange;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateGoal;
import dev.sessionhub.model.TemplateParameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("SessionGenerator")
class SessionGeneratorTest {

  private static final int N = 400;
  private final List<Session> sessions = sessions(123L);

  private static List<Session> sessions(long seed) {
    SessionGenerator generator = new SessionGenerator(seed);
    return IntStream.range(0, N).mapToObj(i -> generator.next()).toList();
  }

  @Test
  @DisplayName("gives the same sequence for the same seed, and another for another seed")
  void seeded() {
    assertThat(sessions(123L)).isEqualTo(sessions);
    SessionGenerator a = new SessionGenerator(1L);
    SessionGenerator b = new SessionGenerator(1L);
    assertThat(a.nextTemplate()).isEqualTo(b.nextTemplate());
    assertThat(a.nextComment("s", 5)).isEqualTo(b.nextComment("s", 5));
    Set<String> ids = new HashSet<>();
    sessions(124L).forEach(s -> ids.add(s.id()));
    sessions.forEach(s -> ids.add(s.id()));
    assertThat(ids).hasSize(2 * N);
  }

  @Nested
  @DisplayName("makes sessions that")
  class Valid {

    @Test
    @DisplayName("have distinct members, exactly one of them OWNER")
    void members() {
      for (Session s : sessions) {
        List<Collaborator> members = s.collaborators();
        assertThat(members).extracting(Collaborator::userId).doesNotHaveDuplicates();
        assertThat(members).filteredOn(c -> c.role() == Role.OWNER).hasSize(1);
        assertThat(members).allSatisfy(c -> assertThat(c.addedAt()).isBetween(s.createdAt(), s.updatedAt()));
      }
    }

    @Test
    @DisplayName("have a legal status history ending in their status, with matching timestamps")
    void history() {
      for (Session s : sessions) {
        SessionStatus state = SessionStatus.DRAFT;
        Instant last = s.createdAt();
        for (StatusChange c : s.history()) {
          assertThat(c.from()).isEqualTo(state);
          assertThat(legal(c.action(), c.from(), c.to())).as(c.toString()).isTrue();
          assertThat(c.at()).isAfter(last);
          state = c.to();
          last = c.at();
        }
        assertThat(s.status()).isEqualTo(state);
        assertThat(s.updatedAt()).isAfterOrEqualTo(last);
        assertThat(s.startedAt()).isEqualTo(s.history().stream()
            .filter(c -> c.action() == LifecycleAction.START).map(StatusChange::at).findFirst());
        assertThat(s.archivedAt().isPresent()).isEqualTo(s.status() == SessionStatus.ARCHIVED);
        if (s.status() == SessionStatus.COMPLETED) {
          assertThat(s.completedAt()).contains(last);
        } else if (s.status() != SessionStatus.ARCHIVED) {
          assertThat(s.completedAt()).isEmpty();
        }
      }
    }

    @Test
    @DisplayName("have goals whose parents and dependencies are earlier goals, done only when allowed")
    void goals() {
      for (Session s : sessions) {
        Map<String, Goal> earlier = new HashMap<>();
        for (Goal g : s.goals()) {
          assertThat(earlier).doesNotContainKey(g.id());
          if (g.parentId() != null) {
            assertThat(earlier).containsKey(g.parentId());
          }
          assertThat(earlier.keySet()).containsAll(g.dependsOn());
          assertThat(g.weight()).isBetween(1, Limits.WEIGHT_MAX);
          assertThat(g.completedAt() != null).isEqualTo(g.status() == GoalStatus.DONE);
          if (g.status() == GoalStatus.DONE) {
            assertThat(g.dependsOn()).allSatisfy(d -> assertThat(earlier.get(d).status().isClosed()).isTrue());
            assertThat(s.startedAt()).isPresent();
            assertThat(g.completedAt()).isBetween(s.startedAt().orElseThrow(), s.updatedAt());
          }
          earlier.put(g.id(), g);
        }
      }
    }

    @Test
    @DisplayName("have milestones on existing goals, reached exactly when those are all done")
    void milestones() {
      for (Session s : sessions) {
        Map<String, Goal> goals = s.goals().stream().collect(Collectors.toMap(Goal::id, Function.identity()));
        for (Milestone m : s.milestones()) {
          assertThat(m.requiredGoalIds()).isNotEmpty().doesNotHaveDuplicates();
          assertThat(goals.keySet()).containsAll(m.requiredGoalIds());
          boolean allDone = m.requiredGoalIds().stream().allMatch(id -> goals.get(id).status() == GoalStatus.DONE);
          assertThat(m.reached()).isEqualTo(allDone);
        }
      }
    }

    @Test
    @DisplayName("have blockers on existing goals, none open on a done goal, resolved all or nothing")
    void blockers() {
      for (Session s : sessions) {
        for (Blocker b : s.blockers()) {
          boolean resolved = b.resolvedAt() != null;
          assertThat(b.resolvedBy() != null).isEqualTo(resolved);
          assertThat(b.resolution() != null).isEqualTo(resolved);
          if (b.goalId() != null) {
            Goal goal = s.goal(b.goalId()).orElseThrow();
            assertThat(goal.status() == GoalStatus.DONE && b.isOpen()).isFalse();
          }
        }
      }
    }

    @Test
    @DisplayName("stay within the documented limits")
    void limits() {
      for (Session s : sessions) {
        assertThat(s.name().length()).isBetween(1, Limits.NAME_MAX);
        assertThat(s.description().length()).isLessThanOrEqualTo(Limits.DESCRIPTION_MAX);
        assertThat(s.goals().size()).isLessThanOrEqualTo(Limits.GOALS_MAX);
        assertThat(s.metadata().tags()).hasSizeLessThanOrEqualTo(Limits.TAGS_MAX)
            .allSatisfy(t -> assertThat(t.length()).isBetween(1, Limits.TAG_MAX));
        assertThat(s.collaborators()).allSatisfy(c -> assertThat(c.userId().length()).isLessThanOrEqualTo(
            Limits.USER_ID_MAX));
        assertThat(s.resources()).allSatisfy(r -> assertThat(r.url()).matches("(https?://|mailto:).+"));
        assertThat(s.attachments()).allSatisfy(a -> assertThat(a.sha256()).matches("[0-9a-f]{64}"));
        s.estimatedDuration().ifPresent(d -> assertThat(d).isPositive().isLessThanOrEqualTo(Limits.DURATION_MAX));
      }
    }

    @Test
    @DisplayName("number the versions of each attachment name 1, 2, 3...")
    void attachmentVersions() {
      for (Session s : sessions) {
        Map<String, Integer> latest = new HashMap<>();
        s.attachments().forEach(a -> {
          assertThat(a.version()).isEqualTo(latest.getOrDefault(a.name(), 0) + 1);
          latest.put(a.name(), a.version());
        });
      }
    }
  }

  @Nested
  @DisplayName("exercises")
  class Coverage {

    @Test
    @DisplayName("every optional value both present and absent")
    void optionals() {
      List<Goal> goals = sessions.stream().flatMap(s -> s.goals().stream()).toList();
      List<Blocker> blockers = sessions.stream().flatMap(s -> s.blockers().stream()).toList();
      List<Milestone> milestones = sessions.stream().flatMap(s -> s.milestones().stream()).toList();
      assertBoth(sessions, s -> s.template().isPresent());
      assertBoth(sessions, s -> s.startedAt().isPresent());
      assertBoth(sessions, s -> s.completedAt().isPresent());
      assertBoth(sessions, s -> s.archivedAt().isPresent());
      assertBoth(sessions, s -> s.estimatedDuration().isPresent());
      assertBoth(sessions, s -> s.settings().breakReminder() != null);
      assertBoth(sessions, s -> s.metadata().difficulty() != null);
      assertBoth(goals, g -> g.parentId() != null);
      assertBoth(goals, g -> g.estimate() != null);
      assertBoth(goals, g -> g.completedAt() != null);
      assertBoth(blockers, b -> b.goalId() != null);
      assertBoth(blockers, b -> b.resolvedAt() != null);
      assertBoth(milestones, m -> m.reachedAt() != null);
      List<Comment> comments = comments();
      assertBoth(comments, c -> c.parentId() != null);
      assertBoth(comments, c -> c.editedAt() != null);
      List<TemplateParameter> parameters = templates().stream().flatMap(t -> t.parameters().stream()).toList();
      assertBoth(parameters, p -> p.defaultValue() != null);
      assertBoth(templates().stream().flatMap(t -> t.goals().stream()).toList(), g -> g.parentKey() != null);
    }

    @Test
    @DisplayName("every status, goal status and lifecycle action")
    void enums() {
      assertThat(sessions).extracting(Session::status).contains(SessionStatus.values());
      assertThat(sessions).flatExtracting(Session::goals).extracting(Goal::status).contains(GoalStatus.values());
      assertThat(sessions).flatExtracting(Session::history).extracting(StatusChange::action)
          .contains(LifecycleAction.values());
    }

    @Test
    @DisplayName("empty collections, empty and non-BMP text, and nested custom fields of every kind")
    void shapes() {
      assertThat(sessions).anySatisfy(s -> {
        assertThat(s.goals()).isEmpty();
        assertThat(s.collaborators()).hasSize(1);
        assertThat(s.customFields()).isEmpty();
        assertThat(s.learnings()).isEmpty();
      });
      assertThat(sessions).anyMatch(s -> s.description().isEmpty());
      assertThat(sessions).anyMatch(s -> s.name().codePoints().anyMatch(Character::isSupplementaryCodePoint));
      Set<Class<?>> kinds = new HashSet<>();
      sessions.forEach(s -> collectKinds(s.customFields(), kinds));
      assertThat(kinds).contains(Map.class, List.class, String.class, Long.class, Double.class, Boolean.class,
          Void.class);
    }

    private void collectKinds(Object value, Set<Class<?>> kinds) {
      if (value == null) {
        kinds.add(Void.class);
      } else if (value instanceof Map<?, ?> m) {
        kinds.add(Map.class);
        m.values().forEach(v -> collectKinds(v, kinds));
      } else if (value instanceof List<?> l) {
        kinds.add(List.class);
        l.forEach(v -> collectKinds(v, kinds));
      } else {
        kinds.add(value.getClass());
      }
    }
  }

  @Nested
  @DisplayName("makes templates and comments that")
  class TemplatesAndComments {

    @Test
    @DisplayName("refer only to earlier goal keys and declared keys, with defaults only when optional")
    void templates() {
      for (Template t : SessionGeneratorTest.this.templates()) {
        Set<String> earlier = new HashSet<>();
        for (TemplateGoal g : t.goals()) {
          assertThat(earlier).doesNotContain(g.key());
          if (g.parentKey() != null) {
            assertThat(earlier).contains(g.parentKey());
          }
          assertThat(earlier).containsAll(g.dependsOn());
          earlier.add(g.key());
        }
        t.milestones().forEach(m -> assertThat(earlier).containsAll(m.requiredGoalKeys()));
        t.milestones().forEach(m -> assertThat(m.requiredGoalKeys()).isNotEmpty());
        t.parameters().forEach(p -> assertThat(p.required()).isEqualTo(p.defaultValue() == null));
        assertThat(t.parameters()).extracting(TemplateParameter::name).doesNotHaveDuplicates()
            .allMatch(n -> n.matches("[A-Za-z][A-Za-z0-9_]*"));
        assertThat(t.version()).isPositive();
        assertThat(t.estimatedDuration()).isPositive();
      }
    }

    @Test
    @DisplayName("reply only to earlier comments and mention users named in the body")
    void comments() {
      for (Comment c : SessionGeneratorTest.this.comments()) {
        assertThat(c.id()).isEqualTo(c.sessionId() + "-c" + c.number());
        if (c.parentId() != null) {
          long parent = Long.parseLong(c.parentId().substring(c.parentId().lastIndexOf("-c") + 2));
          assertThat(parent).isBetween(1L, c.number() - 1);
        }
        c.mentions().forEach(m -> assertThat(c.body()).contains("@" + m));
        if (c.editedAt() != null) {
          assertThat(c.editedAt()).isAfter(c.createdAt());
        }
      }
    }
  }

  private List<Template> templates() {
    SessionGenerator generator = new SessionGenerator(77L);
    return IntStream.range(0, 200).mapToObj(i -> generator.nextTemplate()).toList();
  }

  private List<Comment> comments() {
    SessionGenerator generator = new SessionGenerator(78L);
    List<Comment> comments = new ArrayList<>();
    for (long n = 1; n <= 200; n++) {
      comments.add(generator.nextComment("s-" + n % 3, n));
    }
    return comments;
  }

  private static <T> void assertBoth(List<T> items, Predicate<T> present) {
    assertThat(items).anyMatch(present).anyMatch(present.negate());
  }

  private static boolean legal(LifecycleAction action, SessionStatus from, SessionStatus to) {
    return switch (action) {
      case START -> from == SessionStatus.DRAFT && to == SessionStatus.ACTIVE;
      case PAUSE -> from == SessionStatus.ACTIVE && to == SessionStatus.PAUSED;
      case RESUME -> from == SessionStatus.PAUSED && to == SessionStatus.ACTIVE;
      case COMPLETE -> (from == SessionStatus.ACTIVE || from == SessionStatus.PAUSED) && to == SessionStatus.COMPLETED;
      case REOPEN -> from == SessionStatus.COMPLETED && to == SessionStatus.ACTIVE;
      case ARCHIVE -> from != SessionStatus.ARCHIVED && to == SessionStatus.ARCHIVED;
    };
  }
}
