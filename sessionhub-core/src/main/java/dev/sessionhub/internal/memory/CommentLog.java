package dev.sessionhub.internal.memory;

import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.model.Comment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The comments of one session, immutable: an upsert returns a new log and leaves this one as
 * it is, so a published log never changes under a reader.
 */
final class CommentLog {

  private static final CommentLog EMPTY = new CommentLog(new TreeMap<>(), new HashMap<>());

  private final NavigableMap<Long, Comment> byNumber;
  private final Map<String, Comment> byId;

  private CommentLog(NavigableMap<Long, Comment> byNumber, Map<String, Comment> byId) {
    this.byNumber = byNumber;
    this.byId = byId;
  }

  static CommentLog empty() {
    return EMPTY;
  }

  /**
   * This log with the comments inserted, or replacing the stored comment with the same id.
   *
   * @throws DuplicateIdException if a comment takes a number held by another comment
   */
  CommentLog upsert(List<Comment> comments) {
    if (comments.isEmpty()) {
      return this;
    }
    NavigableMap<Long, Comment> numbers = new TreeMap<>(byNumber);
    Map<String, Comment> ids = new HashMap<>(byId);
    for (Comment c : comments) {
      put(c, numbers, ids);
    }
    return new CommentLog(numbers, ids);
  }

  private static void put(Comment c, NavigableMap<Long, Comment> numbers, Map<String, Comment> ids) {
    Comment previous = ids.put(c.id(), c);
    if (previous != null) {
      numbers.remove(previous.number());
    }
    Comment holder = numbers.put(c.number(), c);
    if (holder != null) {
      throw new DuplicateIdException("comment number", c.sessionId() + " #" + c.number());
    }
  }

  Optional<Comment> find(String commentId) {
    return Optional.ofNullable(byId.get(commentId));
  }

  /** Comments numbered above {@code afterNumber}, in number order, at most {@code limit}. */
  List<Comment> after(long afterNumber, int limit) {
    return byNumber.tailMap(afterNumber, false).values().stream().limit(limit).toList();
  }
}
