package dev.sessionhub.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a session. Comments live beside the session (it carries only their count) and
 * are read page by page. Replies name their parent, forming threads.
 *
 * @param id unique across the session's comments
 * @param sessionId the session commented on
 * @param number position among the session's comments: 1 for the first, then 2, 3, ...;
 *     comments are read in this order
 * @param parentId the comment replied to, or {@code null} for a top-level comment
 * @param author who wrote it
 * @param body the text, may contain {@code @user} mentions
 * @param mentions the user ids mentioned in the body
 * @param createdAt when it was written
 * @param editedAt when it was last edited, or {@code null}
 */
public record Comment(
    String id,
    String sessionId,
    long number,
    @Nullable String parentId,
    String author,
    String body,
    List<String> mentions,
    Instant createdAt,
    @Nullable Instant editedAt) {

  /** Copies the list and checks that required components are present. */
  public Comment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(body, "body");
    mentions = List.copyOf(mentions);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** This comment with a new body and mentions, edited at the given time. */
  public Comment edit(String newBody, List<String> newMentions, Instant at) {
    return new Comment(id, sessionId, number, parentId, author, newBody, newMentions, createdAt, at);
  }
}
