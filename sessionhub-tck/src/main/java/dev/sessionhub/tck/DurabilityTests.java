package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.aSession;
import static dev.sessionhub.tck.StoreData.activity;
import static dev.sessionhub.tck.StoreData.comment;
import static dev.sessionhub.tck.StoreData.insertOf;
import static dev.sessionhub.tck.StoreData.member;
import static dev.sessionhub.tck.StoreData.next;
import static dev.sessionhub.tck.StoreData.owner;
import static dev.sessionhub.tck.StoreData.unique;
import static dev.sessionhub.tck.StoreData.updateOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What survives a restart, and what a failure in the middle of a write leaves: nothing. These
 * tests use the contract's optional hooks ({@link SessionStoreContract#reopen} and
 * {@link SessionStoreContract#failNextWrite}) and are skipped, as assumptions that do not hold,
 * for a store that does not offer them.
 */
abstract class DurabilityTests extends StoreTests {

  private static final int ALL = 10_000;

  private final String ann = unique("ann");
  private final String bob = unique("bob");

  /** The store reopened on the same data, now the store under test; {@code null} when the store cannot. */
  abstract @Nullable SessionStore reopen();

  /** Arms a failure of the next write; false when the store cannot. */
  abstract boolean failNextWrite();

  /** Everything a reader can know of one session, to compare a store with itself at another time. */
  private record Seen(Optional<Session> session, List<Comment> comments, List<ActivityEntry> activity,
      List<String> foundByOwner, List<String> foundByWord, List<String> foundByMember) {}

  private Seen seen(String id) {
    return new Seen(store().find(id), store().comments(id, 0, ALL), store().activity(id, 0, ALL),
        idsFoundBy(ann, SessionQuery.builder().includeArchived(true)),
        idsFoundBy(ann, SessionQuery.builder().text("kittiwake").includeArchived(true)),
        idsFoundBy(bob, SessionQuery.builder().includeArchived(true)));
  }

  private SessionStore reopened() {
    SessionStore reopened = reopen();
    assumeTrue(reopened != null, "the store offers no reopen hook");
    return reopened;
  }

  private void armFailure() {
    assumeTrue(failNextWrite(), "the store offers no failNextWrite hook");
  }

  /** A session with two comments and two activity entries, then an update and an append. */
  private Session history() {
    String id = unique("dur");
    Session v1 = aSession(id, ann).name("Kittiwake colony").commentCount(2).build();
    store().insert(insertOf(v1, List.of(comment(id, 1), comment(id, 2)), List.of(activity(id, 1, "session.create"))));
    Session v2 = next(v1, b -> b.description("second").commentCount(3));
    Comment edited = comment(id, 1).edit("edited", List.of(), StoreData.T0.plusSeconds(30));
    store().update(updateOf(v2, List.of(edited, comment(id, 3)), List.of(activity(id, 2, "update"))));
    store().appendActivity(activity(id, 2, "attachment.download"));
    return v2;
  }

  @Test
  @DisplayName("snapshots, comments, appended activity and what search finds survive a reopen, seqs included")
  void survivesReopen() {
    Session s = history();
    Seen before = seen(s.id());

    reopened();

    assertThat(seen(s.id())).isEqualTo(before);
    assertThat(store().activity(s.id(), 0, ALL)).extracting(ActivityEntry::action)
        .containsExactly("session.create", "update", "attachment.download");
    assertThat(store().comments(s.id(), 0, ALL)).hasSize(3);
  }

  @Test
  @DisplayName("after a reopen, writes go on: versions are checked and activity continues in order")
  void writesAfterReopen() {
    Session s = history();
    reopened();

    Session v3 = next(s, b -> b.name("Kittiwake colony, after"));
    store().update(updateOf(v3, List.of(), List.of(activity(s.id(), 3, "update"))));
    ActivityEntry appended = store().appendActivity(activity(s.id(), 3, "attachment.download"));

    assertThat(store().find(s.id())).contains(v3);
    List<ActivityEntry> log = store().activity(s.id(), 0, ALL);
    assertThat(log).extracting(ActivityEntry::seq).isSorted().doesNotHaveDuplicates();
    assertThat(log).last().isEqualTo(appended);
    assertThat(log).hasSize(5);
  }

  @Test
  @DisplayName("an update failing part-way throws StoreUnavailableException and leaves nothing, before and after a reopen")
  void failedUpdate() {
    Session s = history();
    Seen before = seen(s.id());
    Session lost = next(s, b -> b.name("Lost write").status(SessionStatus.ARCHIVED).archivedAt(StoreData.T0)
        .metadata(new SessionMetadata(List.of("lost"), List.of(), null)).commentCount(4)
        .collaborators(List.of(owner(ann), member(bob, Role.COLLABORATOR))));
    SessionWrite write = updateOf(lost, List.of(comment(s.id(), 2).edit("lost edit", List.of(), StoreData.T0),
        comment(s.id(), 4)), List.of(activity(s.id(), 3, "lost")));
    armFailure();

    assertThat(catchThrowable(() -> store().update(write))).isInstanceOf(StoreUnavailableException.class);

    assertThat(seen(s.id())).as("the store right after the failure").isEqualTo(before);
    reopenedIfOffered();
    assertThat(seen(s.id())).as("the store reopened after the failure").isEqualTo(before);
    store().update(write);
    assertThat(store().find(s.id())).contains(lost);
  }

  @Test
  @DisplayName("an insert failing part-way throws StoreUnavailableException and leaves nothing, before and after a reopen")
  void failedInsert() {
    String id = unique("dur");
    Session s = aSession(id, ann).name("Kittiwake colony").commentCount(1)
        .collaborators(List.of(owner(ann), member(bob, Role.VIEWER))).build();
    SessionWrite write = insertOf(s, List.of(comment(id, 1)), List.of(activity(id, 1, "session.create")));
    Seen nothing = seen(id);
    armFailure();

    assertThat(catchThrowable(() -> store().insert(write))).isInstanceOf(StoreUnavailableException.class);

    assertThat(seen(id)).as("the store right after the failure").isEqualTo(nothing);
    reopenedIfOffered();
    assertThat(seen(id)).as("the store reopened after the failure").isEqualTo(nothing);
    store().insert(write);
    assertThat(store().find(id)).contains(s);
  }

  @Test
  @DisplayName("an appendActivity failing part-way throws StoreUnavailableException and appends nothing, before and after a reopen")
  void failedAppend() {
    Session s = history();
    Seen before = seen(s.id());
    armFailure();

    assertThat(catchThrowable(() -> store().appendActivity(activity(s.id(), 2, "lost download"))))
        .isInstanceOf(StoreUnavailableException.class);

    assertThat(seen(s.id())).as("the store right after the failure").isEqualTo(before);
    reopenedIfOffered();
    assertThat(seen(s.id())).as("the store reopened after the failure").isEqualTo(before);
    ActivityEntry appended = store().appendActivity(activity(s.id(), 2, "download"));
    assertThat(store().activity(s.id(), 0, ALL)).last().isEqualTo(appended);
  }

  private void reopenedIfOffered() {
    reopen();
  }
}
