package dev.sessionhub.json;

import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import java.util.List;
import java.util.Objects;

/**
 * The export and import document of one session: the session snapshot and its comments, in
 * comment-number order. Written and read by {@link SessionJson#writeExport} and
 * {@link SessionJson#readExport}. Checks structure only; whether the comments belong to the
 * session is for the importer to decide.
 *
 * @param session the session
 * @param comments its comments
 */
public record SessionExport(Session session, List<Comment> comments) {

  /** Copies the list and checks that the session is present. */
  public SessionExport {
    Objects.requireNonNull(session, "session");
    comments = List.copyOf(comments);
  }
}
