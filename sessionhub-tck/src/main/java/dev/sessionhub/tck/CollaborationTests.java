package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.NewGoal;
import dev.sessionhub.SessionPatch;
import dev.sessionhub.error.ConflictException;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.tck.Concurrently.Outcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Collaboration through the facade on the store under test, with real threads: appends
 * (comments, learnings, uploads) always land and never make an edit conflict; an edit conflicts
 * only with another edit. This is what {@link dev.sessionhub.spi.SessionStore#modify} must give.
 */
abstract class CollaborationTests extends HubTests {

  private static final int WRITERS = 16;
  private static final int COMMENTS_EACH = 50;

  @Test
  @DisplayName("16 members each adding 50 comments to one session at once: all 800 land, numbered 1..800 without"
      + " gaps, with no exception")
  void busyDiscussion() {
    Session s = create(ann, "Busy");
    List<String> members = new ArrayList<>();
    members.add(ann);
    for (int i = 1; i < WRITERS; i++) {
      String member = ann + "-m" + i;
      s = hub.addCollaborator(ann, s.id(), s.version(), member, i % 2 == 0 ? Role.VIEWER : Role.COLLABORATOR);
      members.add(member);
    }
    String id = s.id();
    List<Callable<List<Long>>> writers = new ArrayList<>();
    for (String member : members) {
      writers.add(() -> {
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < COMMENTS_EACH; i++) {
          numbers.add(hub.addComment(member, id, member + " says " + i).number());
        }
        return numbers;
      });
    }

    List<Outcome<List<Long>>> outcomes = Concurrently.run(writers);

    assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).as("a writer failed").isNull());
    for (Outcome<List<Long>> o : outcomes) {
      assertThat(o.value()).as("each writer's own comments are numbered in the order it wrote them").isSorted();
    }
    List<Comment> all = Pages.readAll(COMMENTS_EACH * WRITERS + 1, cursor -> hub.comments(ann, id, cursor, 97));
    assertThat(all).extracting(Comment::number)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, (long) WRITERS * COMMENTS_EACH).boxed().toList());
    for (String member : members) {
      assertThat(all).filteredOn(c -> c.author().equals(member)).extracting(Comment::body)
          .containsExactlyElementsOf(LongStream.range(0, COMMENTS_EACH).mapToObj(i -> member + " says " + i).toList());
    }
    Session after = hub.get(ann, id);
    assertThat(after.commentCount()).isEqualTo((long) WRITERS * COMMENTS_EACH);
    assertThat(after.version()).isEqualTo(s.version() + (long) WRITERS * COMMENTS_EACH);
    assertThat(after.editVersion()).isEqualTo(s.version());
    List<ActivityEntry> log = Pages.readAll(2_000, cursor -> hub.activity(ann, id, cursor, 500));
    assertThat(log).filteredOn(e -> e.action().equals("comment.add")).hasSize(WRITERS * COMMENTS_EACH);
  }

  @Test
  @DisplayName("an edit naming version v succeeds after any number of comments, replies, learnings and uploads by"
      + " others since v, and keeps them")
  void editAfterAppends() {
    Session s = create(ann, "Plan");
    s = hub.addCollaborator(ann, s.id(), s.version(), bob, Role.COLLABORATOR);
    Session read = s;
    Comment first = hub.addComment(bob, s.id(), "first");
    hub.reply(ann, s.id(), first.id(), "a reply");
    hub.addLearning(bob, s.id(), "learned");
    hub.uploadAttachment(bob, s.id(), "notes.txt", "text/plain",
        new ByteArrayInputStream("notes".getBytes(StandardCharsets.UTF_8)));
    hub.editComment(bob, s.id(), first.id(), "first, edited");

    Session edited = hub.update(ann, read.id(), read.version(), SessionPatch.empty().name("Plan B"));

    assertThat(edited.name()).isEqualTo("Plan B");
    assertThat(edited.version()).isEqualTo(read.version() + 6);
    assertThat(edited.editVersion()).isEqualTo(edited.version());
    assertThat(edited.commentCount()).isEqualTo(2);
    assertThat(edited.learnings()).extracting(l -> l.text()).containsExactly("learned");
    assertThat(edited.attachments()).extracting(a -> a.name()).containsExactly("notes.txt");
    hub.addComment(bob, read.id(), "after the edit");
    Session goal = hub.addGoal(bob, read.id(), edited.version(), NewGoal.titled("goal"));
    assertThat(goal.goals()).hasSize(1);
    assertThat(hub.get(ann, read.id())).isEqualTo(goal);
  }

  @Test
  @DisplayName("an edit after another edit since its version conflicts, naming both versions, and writes nothing,"
      + " appends in between or not")
  void editAfterEdit() {
    Session s = create(ann, "Plan");
    s = hub.addCollaborator(ann, s.id(), s.version(), bob, Role.COLLABORATOR);
    Session read = s;
    hub.addComment(ann, s.id(), "before");
    hub.update(bob, s.id(), read.version(), SessionPatch.empty().name("Bob's"));
    hub.addComment(ann, s.id(), "after");
    Session current = hub.get(ann, s.id());

    assertThatThrownBy(() -> hub.update(ann, read.id(), read.version(), SessionPatch.empty().name("Ann's")))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.sessionId()).isEqualTo(read.id());
          assertThat(e.expectedVersion()).isEqualTo(read.version());
          assertThat(e.actualVersion()).isEqualTo(current.version());
        });
    assertThatThrownBy(() -> hub.update(ann, read.id(), current.version() + 1, SessionPatch.empty().name("Ann's")))
        .as("a version never read").isInstanceOf(ConflictException.class);
    assertThat(hub.get(ann, s.id())).isEqualTo(current);
    assertThat(hub.update(ann, read.id(), current.version(), SessionPatch.empty().name("Ann's")).name())
        .isEqualTo("Ann's");
  }

  @Test
  @DisplayName("an editor working while 8 members comment never gets a conflict, and every edit and comment lands")
  void editsDuringDiscussion() {
    Session s = create(ann, "Live");
    for (int i = 0; i < 8; i++) {
      s = hub.addCollaborator(ann, s.id(), s.version(), bob + i, Role.VIEWER);
    }
    String id = s.id();
    AtomicBoolean editing = new AtomicBoolean(true);
    List<Callable<Integer>> tasks = new ArrayList<>();
    tasks.add(() -> {
      try {
        Session seen = hub.get(ann, id);
        for (int i = 0; i < 40; i++) {
          seen = hub.update(ann, id, seen.version(), SessionPatch.empty().description("step " + i));
        }
        return 40;
      } finally {
        editing.set(false);
      }
    });
    for (int i = 0; i < 8; i++) {
      String member = bob + i;
      tasks.add(() -> {
        int n = 0;
        while (editing.get() || n < 5) {
          hub.addComment(member, id, "while editing " + n++);
        }
        return n;
      });
    }

    List<Outcome<Integer>> outcomes = Concurrently.run(tasks);

    assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
    int comments = outcomes.stream().skip(1).mapToInt(Outcome::value).sum();
    Session after = hub.get(ann, id);
    assertThat(after.description()).isEqualTo("step 39");
    assertThat(after.commentCount()).isEqualTo(comments);
    assertThat(after.version()).isEqualTo(s.version() + 40 + comments);
  }
}
