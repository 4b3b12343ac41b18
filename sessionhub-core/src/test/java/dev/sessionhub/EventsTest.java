package dev.sessionhub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.event.SessionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Session events")
class EventsTest {

  @Test
  @DisplayName("carry session id, version, actor and time, one kind per change")
  void kinds() {
    List<SessionEvent> seen = new CopyOnWriteArrayList<>();
    SessionHub hub = SessionHub.builder().listener(seen::add).build();
    Session s = hub.create("ann", NewSession.named("e"));
    s = hub.addCollaborator("ann", s.id(), s.version(), "bob", Role.VIEWER);
    s = hub.changeRole("ann", s.id(), s.version(), "bob", Role.COLLABORATOR);
    s = hub.addGoal("bob", s.id(), s.version(), NewGoal.titled("g"));
    String goal = s.goals().get(0).id();
    s = hub.addMilestone("bob", s.id(), s.version(), "m", List.of(goal));
    s = hub.raiseBlocker("bob", s.id(), s.version(), goal, "b");
    s = hub.resolveBlocker("bob", s.id(), s.version(), s.blockers().get(0).id(), "ok");
    s = hub.setGoalStatus("bob", s.id(), s.version(), goal, GoalStatus.DONE);
    s = hub.start("bob", s.id(), s.version());
    hub.addComment("bob", s.id(), "thanks @ann");
    s = hub.get("ann", s.id());
    s = hub.removeCollaborator("ann", s.id(), s.version(), "bob");
    hub.archive("ann", s.id(), s.version());

    assertThat(seen).extracting(e -> e.getClass().getSimpleName()).contains(
        "Created", "CollaboratorAdded", "RoleChanged", "Updated", "BlockerRaised", "BlockerResolved",
        "GoalCompleted", "MilestoneReached", "StatusChanged", "CommentAdded", "UserMentioned",
        "CollaboratorRemoved", "Archived");
    assertThat(seen).allSatisfy(e -> {
      assertThat(e.sessionId()).isEqualTo(hub.get("ann", e.sessionId()).id());
      assertThat(e.version()).isPositive();
    });
    assertThat(seen).filteredOn(e -> e instanceof SessionEvent.UserMentioned).singleElement()
        .satisfies(e -> assertThat(((SessionEvent.UserMentioned) e).userId()).isEqualTo("ann"));
    List<Long> versions = seen.stream().map(SessionEvent::version).toList();
    assertThat(versions).isSorted();
  }

  @Test
  @DisplayName("a failing listener is logged and neither fails nor undoes the operation, and later listeners still run")
  void failingListener() {
    List<SessionEvent> after = new ArrayList<>();
    SessionHub hub = SessionHub.builder()
        .listener(e -> {
          throw new IllegalStateException("listener bug");
        })
        .listener(after::add)
        .eventPublisher(e -> {
          throw new IllegalStateException("publisher down");
        })
        .build();
    Session s = hub.create("ann", NewSession.named("still stored"));
    assertThat(hub.get("ann", s.id()).name()).isEqualTo("still stored");
    assertThat(after).hasSize(1);
  }

  @Test
  @DisplayName("asynchronous listeners run on the host's executor and see each session's events in order")
  void asyncInOrder() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Long> versions = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    SessionHub hub = SessionHub.builder().asyncListener(e -> {
      versions.add(e.version());
      threads.add(Thread.currentThread().getName());
    }, pool).build();
    Session s = hub.create("ann", NewSession.named("async"));
    for (int i = 0; i < 50; i++) {
      s = hub.update("ann", s.id(), s.version(), SessionPatch.empty().name("v" + i));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(versions).hasSize(51).isSorted();
    assertThat(threads).allSatisfy(t -> assertThat(t).startsWith("pool-"));
  }
}
