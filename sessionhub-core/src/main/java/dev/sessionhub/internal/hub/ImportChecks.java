package dev.sessionhub.internal.hub;

import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an imported document must satisfy beyond a valid snapshot: comments that belong to it,
 * numbered 1..n without gaps, valid bodies and mentions of members, and no time in the future.
 * An import keeps the exported history as it was (that is what an exact round trip means); only
 * the session's owner may import it, and the import itself is recorded in the activity log.
 */
final class ImportChecks {

  /** Clock skew tolerated between the exporting and importing instance. */
  private static final Duration SKEW = Duration.ofMinutes(5);

  private ImportChecks() {}

  static void check(Session s, List<Comment> comments, Instant now) {
    Checks c = new Checks();
    Instant latest = now.plus(SKEW);
    c.check(!s.createdAt().isAfter(latest), "session.createdAt", "must not be in the future");
    c.check(!s.updatedAt().isAfter(latest), "session.updatedAt", "must not be in the future");
    c.check(comments.size() == s.commentCount(), "comments",
        "the session counts " + s.commentCount() + " comments but the document has " + comments.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < comments.size(); i++) {
      Comment cm = comments.get(i);
      String p = "comments[" + i + "]";
      c.check(cm.sessionId().equals(s.id()), p + ".sessionId", "belongs to another session");
      c.id(p + ".id", cm.id()).check(ids.add(cm.id()), p + ".id", "must be unique");
      if (cm.parentId() != null) {
        c.id(p + ".parentId", cm.parentId());
      }
      c.check(cm.number() == i + 1, p + ".number", "comments must be numbered 1.." + comments.size() + " in order");
      c.required(p + ".body", cm.body(), Limits.COMMENT_MAX).user(p + ".author", cm.author());
      c.check(!cm.createdAt().isAfter(latest), p + ".createdAt", "must not be in the future");
      for (String m : cm.mentions()) {
        c.check(s.roleOf(m).isPresent(), p + ".mentions", "@" + m + " is not a member of the session");
      }
    }
    c.throwIfAny();
  }
}
