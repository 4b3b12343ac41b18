package dev.sessionhub.internal.memory;

import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.model.Comment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The comments of one session, immutable: an upsert returns a new log and leaves this one as
 * it is, so a published log never changes under a reader. Kept as two sorted arrays, by number
 * and by id (binary searches, and far smaller than a pair of maps).
 */
final class CommentLog {

  private static final Comparator<Comment> BY_NUMBER = Comparator.comparingLong(Comment::number);
  private static final Comparator<Comment> BY_ID = Comparator.comparing(Comment::id);
  private static final CommentLog EMPTY = new CommentLog(new Comment[0], new Comment[0]);

  private final Comment[] byNumber;
  private final Comment[] byId;

  private CommentLog(Comment[] byNumber, Comment[] byId) {
    this.byNumber = byNumber;
    this.byId = byId;
  }

  static CommentLog empty() {
    return EMPTY;
  }

  /**
   * This log with the comments inserted, or replacing the stored comment with the same id, one
   * after the other.
   *
   * @throws DuplicateIdException if a comment takes a number held by another comment
   */
  CommentLog upsert(List<Comment> comments) {
    if (comments.isEmpty()) {
      return this;
    }
    List<Comment> numbers = new ArrayList<>(Arrays.asList(byNumber));
    List<Comment> ids = new ArrayList<>(Arrays.asList(byId));
    for (Comment c : comments) {
      put(c, numbers, ids);
    }
    return new CommentLog(numbers.toArray(Comment[]::new), ids.toArray(Comment[]::new));
  }

  private static void put(Comment c, List<Comment> numbers, List<Comment> ids) {
    int id = Collections.binarySearch(ids, c, BY_ID);
    if (id >= 0) {
      Comment previous = ids.set(id, c);
      numbers.remove(Collections.binarySearch(numbers, previous, BY_NUMBER));
    } else {
      ids.add(-id - 1, c);
    }
    int number = Collections.binarySearch(numbers, c, BY_NUMBER);
    if (number >= 0) {
      throw new DuplicateIdException("comment number", c.sessionId() + " #" + c.number());
    }
    numbers.add(-number - 1, c);
  }

  Optional<Comment> find(String commentId) {
    int low = 0;
    int high = byId.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int order = byId[mid].id().compareTo(commentId);
      if (order == 0) {
        return Optional.of(byId[mid]);
      }
      if (order < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return Optional.empty();
  }

  /** Comments numbered above {@code afterNumber}, in number order, at most {@code limit}. */
  List<Comment> after(long afterNumber, int limit) {
    int from = firstAfter(afterNumber);
    int to = (int) Math.min(byNumber.length, (long) from + limit);
    return List.of(Arrays.copyOfRange(byNumber, from, to));
  }

  /** The index of the first comment numbered above {@code afterNumber}. */
  private int firstAfter(long afterNumber) {
    int low = 0;
    int high = byNumber.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (byNumber[mid].number() <= afterNumber) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
