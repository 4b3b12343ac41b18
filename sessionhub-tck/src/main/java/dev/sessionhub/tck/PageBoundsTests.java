package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Page;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Page sizes and cursors of the facade's paged reads, over the store under test. */
abstract class PageBoundsTests extends HubTests {

  /** The first of ann's three sessions; it has two comments. */
  private Session session;

  @BeforeEach
  void sessions() {
    session = create(ann, "first");
    create(ann, "second");
    create(ann, "third");
    hub.addComment(ann, session.id(), "one");
    hub.addComment(ann, session.id(), "two");
  }

  @ParameterizedTest(name = "page size {0}")
  @ValueSource(ints = {0, -1, Limits.PAGE_SIZE_MAX + 1})
  @DisplayName("a page size outside 1 to 500 is a ValidationException at path pageSize, for every paged read")
  void pageSizeOutOfBounds(int size) {
    String id = session.id();
    assertRejected("pageSize", () -> hub.search(ann, SessionQuery.builder().pageSize(size).build()));
    assertRejected("pageSize", () -> hub.changesSince(ann, Instant.EPOCH, null, size));
    assertRejected("pageSize", () -> hub.activity(ann, id, null, size));
    assertRejected("pageSize", () -> hub.comments(ann, id, null, size));
  }

  @Test
  @DisplayName("page sizes 1 and 500 are accepted")
  void pageSizeBounds() {
    assertThat(hub.search(ann, SessionQuery.builder().pageSize(1).build()).items()).hasSize(1);
    assertThat(hub.search(ann, SessionQuery.builder().pageSize(Limits.PAGE_SIZE_MAX).build()).items()).hasSize(3);
    assertThat(hub.comments(ann, session.id(), null, Limits.PAGE_SIZE_MAX).items()).hasSize(2);
  }

  @Test
  @DisplayName("a tampered, truncated or foreign search cursor is a ValidationException at path cursor")
  void searchCursors() {
    SessionQuery query = SessionQuery.builder().sort(SortKey.NAME, SortDirection.ASC).pageSize(1).build();
    String cursor = Objects.requireNonNull(hub.search(ann, query).nextCursor());
    Function<String, ThrowingCallable> withCursor = c -> () -> hub.search(ann, query.toBuilder().cursor(c).build());

    assertThat(hub.search(ann, query.toBuilder().cursor(cursor).build()).items()).hasSize(1);
    assertRejectedCursors(cursor, withCursor);
    assertRejected("cursor", () -> hub.search(ann, query.toBuilder().sort(SortKey.CREATED, SortDirection.ASC)
        .cursor(cursor).build()));
    assertRejected("cursor", () -> hub.search(bob, query.toBuilder().cursor(cursor).build()));
  }

  @Test
  @DisplayName("a tampered or truncated cursor of changesSince, activity or comments is a ValidationException at path cursor")
  void otherCursors() {
    String id = session.id();
    String changes = Objects.requireNonNull(hub.changesSince(ann, Instant.EPOCH, null, 1).nextCursor());
    String activity = Objects.requireNonNull(hub.activity(ann, id, null, 1).nextCursor());
    String comments = Objects.requireNonNull(hub.comments(ann, id, null, 1).nextCursor());

    assertRejectedCursors(changes, c -> () -> hub.changesSince(ann, Instant.EPOCH, c, 1));
    assertRejectedCursors(activity, c -> () -> hub.activity(ann, id, c, 1));
    assertRejectedCursors(comments, c -> () -> hub.comments(ann, id, c, 1));
    Page<?> next = hub.comments(ann, id, comments, 1);
    assertThat(next.items()).hasSize(1);
  }

  /** The cursor with one character changed, cut short, cut in half, and replaced by garbage are all rejected. */
  private static void assertRejectedCursors(String cursor, Function<String, ThrowingCallable> call) {
    for (String bad : List.of(tampered(cursor), cursor.substring(0, cursor.length() - 2),
        cursor.substring(0, cursor.length() / 2), "not-a-cursor", "a.b")) {
      assertRejected("cursor", call.apply(bad));
    }
  }

  private static String tampered(String cursor) {
    int i = cursor.length() / 3;
    char changed = cursor.charAt(i) == 'A' ? 'B' : 'A';
    return cursor.substring(0, i) + changed + cursor.substring(i + 1);
  }

  private static void assertRejected(String path, ThrowingCallable call) {
    assertThat(catchThrowable(call)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::path).contains(path));
  }
}
