package dev.sessionhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.AccessDeniedException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.model.GoalCategory;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.TemplateGoal;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The access matrix")
class AccessMatrixTest {

  private static final String OWNER = "olive";
  private static final Map<String, @Nullable Role> USERS = new java.util.LinkedHashMap<>();

  static {
    USERS.put(OWNER, Role.OWNER);
    USERS.put("colin", Role.COLLABORATOR);
    USERS.put("vera", Role.VIEWER);
    USERS.put("stranger", null);
  }

  /** A hub with one shared session, a goal, a blocker, an attachment, and a comment by each member. */
  static final class Fixture {
    final SessionHub hub = SessionHub.inMemory();
    final String id;
    final String goalId;
    final String blockerId;
    final String attachmentId;
    final String resourceId;
    final String milestoneId;
    final Map<String, String> commentBy = new java.util.HashMap<>();

    Fixture() {
      Session s = hub.create(OWNER, NewSession.named("shared"));
      s = hub.addCollaborator(OWNER, s.id(), s.version(), "colin", Role.COLLABORATOR);
      s = hub.addCollaborator(OWNER, s.id(), s.version(), "vera", Role.VIEWER);
      s = hub.addCollaborator(OWNER, s.id(), s.version(), "max", Role.VIEWER);
      s = hub.addGoal(OWNER, s.id(), s.version(), NewGoal.titled("g1"));
      s = hub.addGoal(OWNER, s.id(), s.version(), NewGoal.titled("g2"));
      s = hub.addMilestone(OWNER, s.id(), s.version(), "m", java.util.List.of(s.goals().get(0).id()));
      s = hub.raiseBlocker(OWNER, s.id(), s.version(), null, "b");
      s = hub.addResource(OWNER, s.id(), s.version(), "docs", "https://example.com");
      s = hub.uploadAttachment(OWNER, s.id(), "a.txt", "text/plain", new ByteArrayInputStream("hi".getBytes(StandardCharsets.UTF_8)));
      id = s.id();
      goalId = s.goals().get(0).id();
      blockerId = s.blockers().get(0).id();
      resourceId = s.resources().get(0).id();
      milestoneId = s.milestones().get(0).id();
      attachmentId = s.attachments().get(0).id();
      for (String u : java.util.List.of(OWNER, "colin", "vera")) {
        commentBy.put(u, hub.addComment(u, id, "by " + u).id());
      }
      commentBy.put("stranger", commentBy.get(OWNER));
    }

    long v() {
      return hub.get(OWNER, id).version();
    }

    String secondGoal() {
      return hub.get(OWNER, id).goals().get(1).id();
    }
  }

  private static final Map<Operation, BiConsumer<Fixture, String>> INVOKE = new EnumMap<>(Operation.class);

  static {
    INVOKE.put(Operation.GET, (f, u) -> f.hub.get(u, f.id));
    INVOKE.put(Operation.PROGRESS, (f, u) -> f.hub.progress(u, f.id));
    INVOKE.put(Operation.EXPORT, (f, u) -> f.hub.exportJson(u, f.id));
    INVOKE.put(Operation.LIST_COMMENTS, (f, u) -> f.hub.comments(u, f.id, null, 10));
    INVOKE.put(Operation.LIST_ACTIVITY, (f, u) -> f.hub.activity(u, f.id, null, 10));
    INVOKE.put(Operation.DOWNLOAD_ATTACHMENT, (f, u) -> f.hub.downloadAttachment(u, f.id, f.attachmentId));
    INVOKE.put(Operation.ADD_COMMENT, (f, u) -> f.hub.addComment(u, f.id, "hello"));
    INVOKE.put(Operation.REPLY_COMMENT, (f, u) -> f.hub.reply(u, f.id, f.commentBy.get(OWNER), "re"));
    INVOKE.put(Operation.EDIT_COMMENT, (f, u) -> f.hub.editComment(u, f.id, f.commentBy.get(u), "edited"));
    INVOKE.put(Operation.UPDATE, (f, u) -> f.hub.update(u, f.id, f.v(), SessionPatch.empty().name("renamed")));
    INVOKE.put(Operation.START, (f, u) -> f.hub.start(u, f.id, f.v()));
    INVOKE.put(Operation.PAUSE, (f, u) -> {
      f.hub.start(OWNER, f.id, f.v());
      f.hub.pause(u, f.id, f.v());
    });
    INVOKE.put(Operation.RESUME, (f, u) -> {
      f.hub.start(OWNER, f.id, f.v());
      f.hub.pause(OWNER, f.id, f.v());
      f.hub.resume(u, f.id, f.v());
    });
    INVOKE.put(Operation.COMPLETE, (f, u) -> {
      f.hub.start(OWNER, f.id, f.v());
      f.hub.complete(u, f.id, f.v());
    });
    INVOKE.put(Operation.REOPEN, (f, u) -> {
      f.hub.start(OWNER, f.id, f.v());
      f.hub.complete(OWNER, f.id, f.v());
      f.hub.reopen(u, f.id, f.v());
    });
    INVOKE.put(Operation.ADD_GOAL, (f, u) -> f.hub.addGoal(u, f.id, f.v(), NewGoal.titled("new")));
    INVOKE.put(Operation.UPDATE_GOAL, (f, u) -> f.hub.updateGoal(u, f.id, f.v(), f.goalId, GoalPatch.empty().title("t")));
    INVOKE.put(Operation.REMOVE_GOAL, (f, u) -> f.hub.removeGoal(u, f.id, f.v(), f.secondGoal()));
    INVOKE.put(Operation.SET_GOAL_STATUS, (f, u) -> f.hub.setGoalStatus(u, f.id, f.v(), f.goalId, GoalStatus.IN_PROGRESS));
    INVOKE.put(Operation.ADD_DEPENDENCY, (f, u) -> f.hub.addDependency(u, f.id, f.v(), f.secondGoal(), f.goalId));
    INVOKE.put(Operation.REMOVE_DEPENDENCY, (f, u) -> {
      f.hub.addDependency(OWNER, f.id, f.v(), f.secondGoal(), f.goalId);
      f.hub.removeDependency(u, f.id, f.v(), f.secondGoal(), f.goalId);
    });
    INVOKE.put(Operation.ADD_MILESTONE, (f, u) -> f.hub.addMilestone(u, f.id, f.v(), "m2", java.util.List.of(f.goalId)));
    INVOKE.put(Operation.REMOVE_MILESTONE, (f, u) -> f.hub.removeMilestone(u, f.id, f.v(), f.milestoneId));
    INVOKE.put(Operation.RAISE_BLOCKER, (f, u) -> f.hub.raiseBlocker(u, f.id, f.v(), f.goalId, "stuck"));
    INVOKE.put(Operation.RESOLVE_BLOCKER, (f, u) -> f.hub.resolveBlocker(u, f.id, f.v(), f.blockerId, "done"));
    INVOKE.put(Operation.ADD_RESOURCE, (f, u) -> f.hub.addResource(u, f.id, f.v(), "t", "https://example.org"));
    INVOKE.put(Operation.REMOVE_RESOURCE, (f, u) -> f.hub.removeResource(u, f.id, f.v(), f.resourceId));
    INVOKE.put(Operation.ADD_LEARNING, (f, u) -> f.hub.addLearning(u, f.id, "learned"));
    INVOKE.put(Operation.UPLOAD_ATTACHMENT, (f, u) -> f.hub.uploadAttachment(u, f.id, "b.txt", "text/plain",
        new ByteArrayInputStream(new byte[] {1, 2})));
    INVOKE.put(Operation.ADD_COLLABORATOR, (f, u) -> f.hub.addCollaborator(u, f.id, f.v(), "newbie", Role.VIEWER));
    INVOKE.put(Operation.CHANGE_ROLE, (f, u) -> f.hub.changeRole(u, f.id, f.v(), "max", Role.COLLABORATOR));
    INVOKE.put(Operation.REMOVE_COLLABORATOR, (f, u) -> f.hub.removeCollaborator(u, f.id, f.v(), "max"));
    INVOKE.put(Operation.TRANSFER_OWNERSHIP, (f, u) -> f.hub.transferOwnership(u, f.id, f.v(), "max"));
    INVOKE.put(Operation.ARCHIVE, (f, u) -> f.hub.archive(u, f.id, f.v()));
  }

  static Stream<Arguments> cells() {
    return Stream.of(Operation.values()).filter(Operation::needsMembership)
        .flatMap(op -> USERS.keySet().stream().map(u -> Arguments.of(op, u)));
  }

  @Test
  @DisplayName("covers every facade operation on a session")
  void complete() {
    assertThat(INVOKE.keySet()).containsExactlyInAnyOrderElementsOf(
        Stream.of(Operation.values()).filter(Operation::needsMembership).toList());
  }

  @ParameterizedTest(name = "{0} by {1}")
  @MethodSource("cells")
  @DisplayName("allows each operation to the roles the matrix names, denies the others, and hides the session from strangers")
  void cell(Operation op, String user) {
    Fixture f = new Fixture();
    Role role = USERS.get(user);
    BiConsumer<Fixture, String> call = INVOKE.get(op);
    if (role == null) {
      assertThatThrownBy(() -> call.accept(f, user)).isInstanceOf(NotFoundException.class).hasMessageContaining(f.id);
    } else if (op.allows(role)) {
      call.accept(f, user);
    } else {
      long byUser = entriesBy(f, user);
      assertThatThrownBy(() -> call.accept(f, user)).isInstanceOfSatisfying(AccessDeniedException.class, e -> {
        assertThat(e.operation()).isEqualTo(op);
        assertThat(e.required()).isEqualTo(op.requiredRole());
        assertThat(e.actual()).isEqualTo(role);
        assertThat(e.getMessage()).startsWith(user + " may not ").contains(op.requiredRole().name());
      });
      assertThat(entriesBy(f, user)).as("a denied operation writes nothing").isEqualTo(byUser);
    }
  }

  private static long entriesBy(Fixture f, String user) {
    return f.hub.activity(OWNER, f.id, null, 500).items().stream().filter(e -> e.actor().equals(user)).count();
  }

  @Test
  @DisplayName("only a comment's author may edit it, whatever their role")
  void onlyAuthorEdits() {
    Fixture f = new Fixture();
    assertThatThrownBy(() -> f.hub.editComment(OWNER, f.id, f.commentBy.get("vera"), "x"))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.operation()).isEqualTo(Operation.EDIT_COMMENT);
          assertThat(e.required()).isNull();
          assertThat(e.getMessage()).contains("only a comment's author may edit it").contains("vera");
        });
    assertThatThrownBy(() -> f.hub.editComment("stranger", f.id, f.commentBy.get("vera"), "x"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("mentions resolve only to members")
  void mentions() {
    Fixture f = new Fixture();
    assertThat(f.hub.addComment("vera", f.id, "ping @colin and @max.").mentions()).containsExactly("colin", "max");
    assertThatThrownBy(() -> f.hub.addComment("vera", f.id, "ping @stranger"))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.message()).contains("@stranger")));
  }

  @Test
  @DisplayName("search shows strangers nothing, and operations without a session are open to anyone")
  void sessionless() {
    Fixture f = new Fixture();
    assertThat(f.hub.search("stranger", SessionQuery.builder().build()).items()).isEmpty();
    assertThat(f.hub.search("vera", SessionQuery.builder().build()).items()).extracting(Session::id).containsExactly(f.id);
    assertThat(f.hub.create("stranger", NewSession.named("mine")).ownerId()).isEqualTo("stranger");
    assertThat(f.hub.templates()).isNotEmpty();
  }

  @Test
  @DisplayName("only the owner an export names may import it, and only a template's creator saves its next version")
  void importAndTemplateRules() {
    Fixture f = new Fixture();
    String export = f.hub.exportJson("vera", f.id);
    SessionHub other = SessionHub.inMemory();
    assertThatThrownBy(() -> other.importJson("vera", export)).isInstanceOfSatisfying(AccessDeniedException.class,
        e -> assertThat(e.operation()).isEqualTo(Operation.IMPORT));
    assertThatThrownBy(() -> other.importJson("stranger", export)).isInstanceOfSatisfying(AccessDeniedException.class,
        e -> assertThat(e.operation()).isEqualTo(Operation.IMPORT));
    assertThat(other.importJson(OWNER, export).id()).isEqualTo(f.id);
    TemplateDraft draft = new TemplateDraft("mine", "Mine", "", SessionType.OTHER, java.time.Duration.ofHours(1),
        dev.sessionhub.model.Priority.MEDIUM, dev.sessionhub.model.Difficulty.BEGINNER, java.util.List.of(), java.util.List.of(),
        java.util.List.of(new TemplateGoal("g", null, "Goal", "", GoalCategory.EXECUTION, 1, java.util.List.of(),
            java.util.List.of(), null)), java.util.List.of());
    f.hub.saveTemplate(OWNER, draft);
    assertThatThrownBy(() -> f.hub.saveTemplate("colin", draft)).isInstanceOfSatisfying(AccessDeniedException.class,
        e -> assertThat(e.operation()).isEqualTo(Operation.SAVE_TEMPLATE));
  }
}
