package dev.sessionhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sessionhub.error.ConflictException;
import dev.sessionhub.error.IllegalTransitionException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.ProgressReport;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.event.SessionEvent;
import dev.sessionhub.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The SessionHub facade")
class SessionHubTest {

  private MutableClock clock;
  private SessionHub hub;
  private final List<SessionEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() {
    clock = MutableClock.atNineOnNewYear();
    hub = SessionHub.builder().clock(clock).listener(events::add).build();
  }

  private Session blank() {
    return hub.create("ann", NewSession.named("Fix login").withType(SessionType.BUG_FIX));
  }

  @Nested
  @DisplayName("creating sessions")
  class Creating {

    @Test
    @DisplayName("a blank session is a DRAFT at version 1 owned by its creator")
    void blankSession() {
      Session s = blank();
      assertThat(s.status()).isEqualTo(SessionStatus.DRAFT);
      assertThat(s.version()).isEqualTo(1);
      assertThat(s.ownerId()).isEqualTo("ann");
      assertThat(s.createdAt()).isEqualTo(clock.instant());
      assertThat(hub.get("ann", s.id())).isEqualTo(s);
      assertThat(events).first().isInstanceOf(SessionEvent.Created.class);
    }

    @Test
    @DisplayName("from a built-in template copies its goals, milestones and estimate and records the template")
    void fromTemplate() {
      Session s = hub.createFromTemplate("ann", FromTemplate.of("bug-fix"));
      assertThat(s.goals()).hasSize(5);
      assertThat(s.milestones()).isNotEmpty();
      assertThat(s.estimatedDuration()).contains(Duration.ofMinutes(90));
      assertThat(s.template()).hasValueSatisfying(r -> {
        assertThat(r.templateId()).isEqualTo("bug-fix");
        assertThat(r.version()).isEqualTo(1);
      });
      assertThat(s.type()).isEqualTo(SessionType.BUG_FIX);
      assertThat(s.goals()).allSatisfy(g -> assertThat(g.status()).isEqualTo(GoalStatus.OPEN));
      assertThat(s.goals().stream().flatMap(g -> g.dependsOn().stream()))
          .allSatisfy(dep -> assertThat(s.goal(dep)).isPresent());
    }

    @Test
    @DisplayName("from a template honours overrides of name, description, duration and priority")
    void overrides() {
      Session s = hub.createFromTemplate("ann", FromTemplate.of("feature-development").named("Dark mode")
          .describedAs("Ship it").withEstimate(Duration.ofMinutes(240)).withPriority(Priority.CRITICAL));
      assertThat(s.name()).isEqualTo("Dark mode");
      assertThat(s.description()).isEqualTo("Ship it");
      assertThat(s.estimatedDuration()).contains(Duration.ofMinutes(240));
      assertThat(s.priority()).isEqualTo(Priority.CRITICAL);
    }

    @Test
    @DisplayName("an unknown template or parameter is rejected and nothing is created")
    void unknownTemplate() {
      assertThatThrownBy(() -> hub.createFromTemplate("ann", FromTemplate.of("nope")))
          .isInstanceOf(NotFoundException.class).hasMessageContaining("nope");
      assertThatThrownBy(() -> hub.createFromTemplate("ann", FromTemplate.of("bug-fix").with("bogus", "x")))
          .isInstanceOfSatisfying(ValidationException.class, e ->
              assertThat(e.violations()).extracting(Violation::path).contains("parameters.bogus"));
      assertThat(hub.changesSince("ann", clock.instant().minusSeconds(1), null, 10).items()).isEmpty();
    }
  }

  @Nested
  @DisplayName("lifecycle and time")
  class LifecycleAndTime {

    @Test
    @DisplayName("actual duration counts ACTIVE time only, across pauses, from the injected clock")
    void timeTracking() {
      Session s = blank();
      s = hub.start("ann", s.id(), s.version());
      clock.advance(Duration.ofMinutes(20));
      s = hub.pause("ann", s.id(), s.version());
      clock.advance(Duration.ofMinutes(60));
      s = hub.resume("ann", s.id(), s.version());
      clock.advance(Duration.ofMinutes(10));
      assertThat(hub.progress("ann", s.id()).actual()).isEqualTo(Duration.ofMinutes(30));
      s = hub.complete("ann", s.id(), s.version());
      clock.advance(Duration.ofHours(5));
      assertThat(hub.progress("ann", s.id()).actual()).isEqualTo(Duration.ofMinutes(30));
      assertThat(s.history()).extracting(c -> c.action().name()).containsExactly("START", "PAUSE", "RESUME", "COMPLETE");
      assertThat(s.history()).allSatisfy(c -> assertThat(c.actor()).isEqualTo("ann"));
    }

    @Test
    @DisplayName("an illegal move throws a typed exception and changes nothing")
    void illegal() {
      Session s = blank();
      Session before = s;
      assertThatThrownBy(() -> hub.pause("ann", before.id(), before.version()))
          .isInstanceOf(IllegalTransitionException.class);
      assertThat(hub.get("ann", s.id())).isEqualTo(before);
    }

    @Test
    @DisplayName("an archived session accepts no further change")
    void archived() {
      Session s = blank();
      Session archived = hub.archive("ann", s.id(), s.version());
      assertThat(archived.status()).isEqualTo(SessionStatus.ARCHIVED);
      assertThatThrownBy(() -> hub.addGoal("ann", s.id(), archived.version(), NewGoal.titled("x")))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.from()).isEqualTo(SessionStatus.ARCHIVED);
            assertThat(e.operation()).isEqualTo(Operation.ADD_GOAL);
            assertThat(e.action()).isNull();
          }).hasMessageContaining("read-only");
      assertThatThrownBy(() -> hub.addComment("ann", s.id(), "late")).isInstanceOf(IllegalTransitionException.class);
      assertThatThrownBy(() -> hub.addLearning("ann", s.id(), "late")).isInstanceOf(IllegalTransitionException.class);
      for (LifecycleAction action : LifecycleAction.values()) {
        assertThatThrownBy(() -> hub.transition("ann", s.id(), archived.version(), action))
            .as(action.name())
            .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
              assertThat(e.action()).isEqualTo(action);
              assertThat(e.from()).isEqualTo(SessionStatus.ARCHIVED);
            });
      }
      assertThat(hub.get("ann", s.id())).isEqualTo(archived);
      assertThat(events).hasAtLeastOneElementOfType(SessionEvent.Archived.class);
    }
  }

  @Nested
  @DisplayName("optimistic concurrency")
  class Concurrency {

    @Test
    @DisplayName("a stale version throws a conflict naming the session and both versions, and writes nothing")
    void stale() {
      Session s = blank();
      Session renamed = hub.update("ann", s.id(), s.version(), SessionPatch.empty().name("Renamed"));
      assertThat(renamed.version()).isEqualTo(2);
      assertThatThrownBy(() -> hub.update("ann", s.id(), 1, SessionPatch.empty().name("Lost")))
          .isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.sessionId()).isEqualTo(s.id());
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.actualVersion()).isEqualTo(2);
          });
      assertThat(hub.get("ann", s.id()).name()).isEqualTo("Renamed");
    }

    @Test
    @DisplayName("commuting appends need no version and are retried past concurrent edits")
    void appendsCommute() throws Exception {
      Session s = blank();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int n = t;
        Thread th = new Thread(() -> {
          for (int i = 0; i < 5; i++) {
            hub.addLearning("ann", s.id(), "learning " + n + "-" + i);
            hub.addComment("ann", s.id(), "comment " + n + "-" + i);
          }
        });
        th.start();
        threads.add(th);
      }
      for (Thread t : threads) {
        t.join();
      }
      Session after = hub.get("ann", s.id());
      assertThat(after.learnings()).hasSize(20);
      assertThat(after.commentCount()).isEqualTo(20);
      assertThat(hub.comments("ann", s.id(), null, 100).items()).extracting(c -> c.number())
          .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
    }
  }

  @Nested
  @DisplayName("goals, milestones and blockers")
  class Goals {

    @Test
    @DisplayName("completing a goal before its dependencies, or while blocked, is rejected with every reason")
    void completionRules() {
      Session s = hub.createFromTemplate("ann", FromTemplate.of("bug-fix"));
      Goal fix = s.goals().stream().filter(g -> g.title().toLowerCase().contains("fix")).findFirst().orElseThrow();
      Session blocked = hub.raiseBlocker("ann", s.id(), s.version(), fix.id(), "waiting on logs");
      assertThatThrownBy(() -> hub.setGoalStatus("ann", s.id(), blocked.version(), fix.id(), GoalStatus.DONE))
          .isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).anySatisfy(v -> assertThat(v.message()).contains("depends on"));
            assertThat(e.violations()).anySatisfy(v -> assertThat(v.message()).contains("open blocker"));
          });
      assertThat(hub.get("ann", s.id()).goal(fix.id()).orElseThrow().status()).isEqualTo(GoalStatus.OPEN);
    }

    @Test
    @DisplayName("progress follows done and skipped goals, and milestones record when they are reached")
    void progressAndMilestones() {
      Session s = blank();
      s = hub.addGoal("ann", s.id(), s.version(), NewGoal.titled("a").withWeight(3));
      String a = s.goals().get(0).id();
      s = hub.addGoal("ann", s.id(), s.version(), NewGoal.titled("b").dependingOn(a));
      String b = s.goals().get(1).id();
      s = hub.addGoal("ann", s.id(), s.version(), NewGoal.titled("c"));
      String c = s.goals().get(2).id();
      s = hub.addMilestone("ann", s.id(), s.version(), "first", List.of(a));
      clock.advance(Duration.ofMinutes(5));
      s = hub.setGoalStatus("ann", s.id(), s.version(), a, GoalStatus.DONE);
      assertThat(s.progress()).isCloseTo(60.0, within(1e-9));
      assertThat(s.milestones().get(0).reachedAt()).isEqualTo(clock.instant());
      s = hub.setGoalStatus("ann", s.id(), s.version(), c, GoalStatus.SKIPPED);
      assertThat(s.progress()).isCloseTo(75.0, within(1e-9));
      s = hub.setGoalStatus("ann", s.id(), s.version(), b, GoalStatus.DONE);
      ProgressReport r = hub.progress("ann", s.id());
      assertThat(r.percent()).isEqualTo(100.0);
      assertThat(r.goalsDone()).isEqualTo(2);
      assertThat(r.goalsSkipped()).isEqualTo(1);
      assertThat(r.milestonesReached()).isEqualTo(1);
      assertThat(events).hasAtLeastOneElementOfType(SessionEvent.MilestoneReached.class)
          .hasAtLeastOneElementOfType(SessionEvent.GoalCompleted.class);
      s = hub.setGoalStatus("ann", s.id(), s.version(), a, GoalStatus.OPEN);
      assertThat(s.milestones().get(0).reached()).isFalse();
    }

    @Test
    @DisplayName("a dependency cycle is rejected and nothing changes")
    void cycle() {
      Session s = blank();
      s = hub.addGoal("ann", s.id(), s.version(), NewGoal.titled("a"));
      String a = s.goals().get(0).id();
      s = hub.addGoal("ann", s.id(), s.version(), NewGoal.titled("b").dependingOn(a));
      String b = s.goals().get(1).id();
      long v = s.version();
      String id = s.id();
      assertThatThrownBy(() -> hub.addDependency("ann", id, v, a, b))
          .isInstanceOf(ValidationException.class).hasMessageContaining("cycle");
      assertThat(hub.get("ann", id).version()).isEqualTo(v);
    }

    @Test
    @DisplayName("a resolved blocker no longer stops completion")
    void resolvedBlocker() {
      Session s = blank();
      s = hub.addGoal("ann", s.id(), s.version(), NewGoal.titled("a"));
      String a = s.goals().get(0).id();
      s = hub.raiseBlocker("ann", s.id(), s.version(), a, "no access");
      String blocker = s.blockers().get(0).id();
      s = hub.resolveBlocker("ann", s.id(), s.version(), blocker, "granted");
      s = hub.setGoalStatus("ann", s.id(), s.version(), a, GoalStatus.DONE);
      assertThat(s.goal(a).orElseThrow().status()).isEqualTo(GoalStatus.DONE);
      assertThat(events).hasAtLeastOneElementOfType(SessionEvent.BlockerResolved.class);
    }
  }

  @Nested
  @DisplayName("bad input")
  class BadInput {

    private List<String> paths(Runnable r) {
      try {
        r.run();
      } catch (ValidationException e) {
        return e.violations().stream().map(Violation::path).toList();
      }
      throw new AssertionError("expected a ValidationException");
    }

    @Test
    @DisplayName("every violation is reported at once, with its path")
    void allAtOnce() {
      NewSession bad = NewSession.named(" ").withDescription("d".repeat(Limits.DESCRIPTION_MAX + 1))
          .withEstimate(Duration.ofMinutes(-5)).withTags("ok", "");
      assertThat(paths(() -> hub.create("ann", bad))).containsExactlyInAnyOrder("name", "description", "estimatedDuration", "tags[1]");
    }

    @Test
    @DisplayName("names up to 200 characters pass, 201 fail")
    void nameLimit() {
      assertThat(hub.create("ann", NewSession.named("n".repeat(Limits.NAME_MAX))).name()).hasSize(200);
      assertThat(paths(() -> hub.create("ann", NewSession.named("n".repeat(Limits.NAME_MAX + 1))))).containsExactly("name");
    }

    @Test
    @DisplayName("descriptions up to 20,000 characters pass, 20,001 fail")
    void descriptionLimit() {
      assertThat(hub.create("ann", NewSession.named("x").withDescription("d".repeat(Limits.DESCRIPTION_MAX)))).isNotNull();
      assertThat(paths(() -> hub.create("ann", NewSession.named("x").withDescription("d".repeat(Limits.DESCRIPTION_MAX + 1)))))
          .containsExactly("description");
    }

    @Test
    @DisplayName("a session holds at most 500 goals")
    void goalLimit() {
      Session s = blank();
      for (int i = 0; i < Limits.GOALS_MAX; i++) {
        s = hub.addGoal("ann", s.id(), s.version(), NewGoal.titled("g" + i));
      }
      Session full = s;
      assertThat(paths(() -> hub.addGoal("ann", full.id(), full.version(), NewGoal.titled("one too many")))).containsExactly("goals");
      assertThat(hub.get("ann", s.id()).goals()).hasSize(500);
    }

    @Test
    @DisplayName("comments up to 20,000 characters pass, 20,001 fail")
    void commentLimit() {
      Session s = blank();
      assertThat(hub.addComment("ann", s.id(), "c".repeat(Limits.COMMENT_MAX)).body()).hasSize(20_000);
      assertThat(paths(() -> hub.addComment("ann", s.id(), "c".repeat(Limits.COMMENT_MAX + 1)))).containsExactly("body");
      assertThat(hub.get("ann", s.id()).commentCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("custom fields are at most 64 KiB as JSON and JSON-compatible")
    void customFieldLimit() {
      String almost = "x".repeat(Limits.CUSTOM_FIELDS_MAX_BYTES - 20);
      assertThat(hub.create("ann", NewSession.named("x").withCustomFields(Map.of("k", almost))).customFields()).containsKey("k");
      String over = "x".repeat(Limits.CUSTOM_FIELDS_MAX_BYTES);
      assertThat(paths(() -> hub.create("ann", NewSession.named("x").withCustomFields(Map.of("k", over))))).containsExactly("customFields");
      assertThat(paths(() -> hub.create("ann", NewSession.named("x").withCustomFields(Map.of("k", new Object())))))
          .containsExactly("customFields");
    }

    @Test
    @DisplayName("unknown ids are not found, and a blank actor is a validation error")
    void unknownIds() {
      Session s = blank();
      assertThatThrownBy(() -> hub.get("ann", "missing")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> hub.setGoalStatus("ann", s.id(), s.version(), "nope", GoalStatus.DONE))
          .isInstanceOf(NotFoundException.class).hasMessageContaining("nope");
      assertThat(paths(() -> hub.get(" ", s.id()))).containsExactly("actor");
      assertThat(paths(() -> hub.get("ann", ""))).containsExactly("sessionId");
      assertThat(paths(() -> hub.addLearning("ann", "", "x"))).containsExactly("sessionId");
    }
  }

  @Nested
  @DisplayName("export and import")
  class ExportImport {

    @Test
    @DisplayName("round-trips a session and its comments exactly into another hub")
    void roundTrip() {
      Session s = hub.createFromTemplate("ann", FromTemplate.of("research-exploration"));
      s = hub.addCollaborator("ann", s.id(), s.version(), "bob", dev.sessionhub.model.Role.COLLABORATOR);
      hub.addComment("bob", s.id(), "hello @ann");
      hub.addLearning("ann", s.id(), "caches lie");
      Session latest = hub.get("ann", s.id());
      String json = hub.exportJson("ann", s.id());
      SessionHub other = SessionHub.builder().clock(clock).build();
      Session imported = other.importJson("ann", json);
      assertThat(imported).isEqualTo(latest);
      assertThat(other.comments("bob", s.id(), null, 10).items()).singleElement()
          .satisfies(c -> assertThat(c.mentions()).containsExactly("ann"));
      assertThatThrownBy(() -> other.importJson("ann", json)).isInstanceOf(dev.sessionhub.error.DuplicateIdException.class);
    }
  }
}
