package dev.sessionhub.internal.hub;

import dev.sessionhub.Operation;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Page;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.event.SessionEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Threaded comments beside the session: adding (a commuting append, numbered by the session's
 * comment count), replying, editing one's own, reading page by page. Mentions must name members.
 */
final class CommentService {

  /** {@code @user}: an at sign not preceded by a letter or digit, then the user id. */
  private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)");

  private final HubContext ctx;
  private final SessionWriter writer;

  CommentService(HubContext ctx, SessionWriter writer) {
    this.ctx = ctx;
    this.writer = writer;
  }

  Comment add(String actor, String sessionId, @Nullable String parentId, String body) {
    checkBody(body);
    Operation op = parentId == null ? Operation.ADD_COMMENT : Operation.REPLY_COMMENT;
    if (parentId != null) {
      // Comments are never deleted, so a parent found now is there when the reply is stored.
      Inputs.id("parentCommentId", parentId);
      writer.loadAuthorized(actor, sessionId, op);
      ctx.store().findComment(sessionId, parentId).orElseThrow(() -> new NotFoundException("comment", parentId));
    }
    String id = ctx.ids().newId();
    SessionWriter.Outcome out = writer.append(actor, sessionId, op, (s, now) -> {
      if (!s.settings().commentsEnabled()) {
        throw ValidationException.of("sessionId", "comments are disabled on session " + sessionId);
      }
      List<String> mentions = mentions(s, body);
      long number = s.commentCount() + 1;
      Comment c = new Comment(id, sessionId, number, parentId, actor, body, mentions, now, null);
      Session next = s.toBuilder().commentCount(number).build();
      List<SessionEvent> events = new ArrayList<>();
      events.add(new SessionEvent.CommentAdded(sessionId, s.version() + 1, actor, now, id, parentId));
      mentionEvents(s, c, s.version() + 1, events);
      return new SessionWriter.Outcome(next, List.of(c), events, Map.of("comment", id));
    });
    return out.comments().get(0);
  }

  Comment edit(String actor, String sessionId, String commentId, String body) {
    checkBody(body);
    writer.loadAuthorized(actor, sessionId, Operation.EDIT_COMMENT);
    Comment c = ctx.store().findComment(sessionId, commentId)
        .orElseThrow(() -> new NotFoundException("comment", commentId));
    SessionWriter.Outcome out = writer.append(actor, sessionId, Operation.EDIT_COMMENT, (s, now) -> {
      Access.requireAuthor(actor, s, c);
      Comment edited = c.edit(body, mentions(s, body), now);
      List<SessionEvent> events = new ArrayList<>();
      Set<String> newMentions = new LinkedHashSet<>(edited.mentions());
      newMentions.removeAll(c.mentions());
      if (s.settings().notifyMentions()) {
        for (String u : newMentions) {
          events.add(new SessionEvent.UserMentioned(sessionId, s.version() + 1, actor, now, commentId, u));
        }
      }
      return new SessionWriter.Outcome(s, List.of(edited), events, Map.of("comment", commentId));
    });
    return out.comments().get(0);
  }

  Page<Comment> page(String actor, String sessionId, @Nullable String cursor, int pageSize) {
    writer.loadAuthorized(actor, sessionId, Operation.LIST_COMMENTS);
    QueryService.checkPageSize(pageSize);
    long after = cursor == null ? 0 : ctx.cursors().decodeNumber(cursor, "c1", sessionId);
    List<Comment> items = ctx.store().comments(sessionId, after, pageSize + 1);
    String next = null;
    if (items.size() > pageSize) {
      items = items.subList(0, pageSize);
      next = ctx.cursors().encodeNumber("c1", items.get(pageSize - 1).number(), sessionId);
    }
    return new Page<>(items, next);
  }

  private static void checkBody(String body) {
    new Checks().required("body", body, Limits.COMMENT_MAX).throwIfAny();
  }

  /** The members mentioned in a body; a mention of anyone else is a validation error. */
  static List<String> mentions(Session s, String body) {
    Set<String> found = new LinkedHashSet<>();
    Checks checks = new Checks();
    Matcher m = MENTION.matcher(body);
    while (m.find()) {
      String user = trimTrailingDots(m.group(1));
      if (s.roleOf(user).isPresent()) {
        found.add(user);
      } else {
        checks.fail("body", "mentions @" + user + ", who is not a member of the session");
      }
    }
    checks.throwIfAny();
    return List.copyOf(found);
  }

  private static String trimTrailingDots(String user) {
    int end = user.length();
    while (end > 1 && user.charAt(end - 1) == '.') {
      end--;
    }
    return user.substring(0, end);
  }

  private static void mentionEvents(Session s, Comment c, long version, List<SessionEvent> events) {
    if (!s.settings().notifyMentions()) {
      return;
    }
    for (String u : c.mentions()) {
      events.add(new SessionEvent.UserMentioned(s.id(), version, c.author(), c.createdAt(), c.id(), u));
    }
  }
}
