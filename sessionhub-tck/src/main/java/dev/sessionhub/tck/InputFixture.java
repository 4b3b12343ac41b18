package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.unique;

import dev.sessionhub.AttachmentContent;
import dev.sessionhub.NewGoal;
import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.error.SessionHubException;
import dev.sessionhub.json.SessionExport;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.Template;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.tck.input.Texts;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The session {@link BadInputContract}'s calls run against, with one of everything (members of
 * each role, goals, a milestone, a blocker, a resource, a learning, a comment, an attachment),
 * and the checks after each call: a rejected call threw one of core's exceptions and changed
 * neither the session (its JSON export) nor its activity log; an accepted call stored exactly what
 * it was given, as a fresh read from the store shows. Recreated when archived or grown large.
 */
final class InputFixture {

  private static final SessionJson JSON = SessionJson.create();

  /** Calls on one session before it is recreated, so reads stay cheap. */
  private static final int USES = 100;

  final SessionHub hub;
  final SessionStore store;
  String owner = "";
  String collaborator = "";
  String viewer = "";
  String stranger = "";
  Session session;
  String comment = "";
  /** Creates sessions and templates in calls off the fixture's session; a new user every 100 calls. */
  String creator = "";
  /** How many calls ran, how many generated values they handed over, how many were rejected. */
  long calls;
  long inputs;
  long rejections;
  private int created;
  private String lastExport = "";
  private long lastSeq;
  private int uses;

  InputFixture(SessionHub hub, SessionStore store) {
    this.hub = hub;
    this.store = store;
    this.session = reset();
  }

  /** Runs a call on the session and checks its outcome; throws an AssertionError naming the call. */
  void check(Call call) {
    calls++;
    inputs += call.inputs();
    if (call.onSession() && (session.status() == SessionStatus.ARCHIVED || uses++ >= USES)) {
      session = reset();
    }
    if (!call.onSession() && created++ % USES == 0) {
      creator = unique("cre");
    }
    Object result;
    try {
      result = call.action().run(this);
    } catch (SessionHubException rejected) {
      rejections++;
      if (call.onSession()) {
        unchanged(call, rejected);
      }
      return;
    } catch (AssertionError failed) {
      throw failed;
    } catch (Throwable t) {
      throw new AssertionError(call + " threw " + t + ": only dev.sessionhub.error exceptions may reach a caller", t);
    }
    if (call.onSession()) {
      accepted(call, result);
    } else {
      StoredText.check(call, result);
    }
  }

  /** Ids of the sessions {@code user} sees (archived too), or none when it is no valid user id. */
  Set<String> visibleTo(String user) {
    if (user == null || user.isBlank() || user.length() > Limits.USER_ID_MAX || !Texts.isStorable(user)) {
      return Set.of();
    }
    SessionQuery all = SessionQuery.builder().includeArchived(true).pageSize(Limits.PAGE_SIZE_MAX).build();
    return hub.search(user, all).items().stream().map(Session::id).collect(Collectors.toSet());
  }

  private void unchanged(Call call, SessionHubException rejected) {
    String now = state(store.find(session.id()).orElse(null));
    if (!now.equals(lastExport)) {
      throw new AssertionError(call + " was rejected (" + rejected + ") but the session changed, "
          + Call.difference(lastExport, now), rejected);
    }
    List<ActivityEntry> more = store.activity(session.id(), lastSeq, 1);
    if (!more.isEmpty()) {
      throw new AssertionError(call + " was rejected (" + rejected + ") but appended " + more.get(0).action(), rejected);
    }
  }

  private void accepted(Call call, @Nullable Object result) throws AssertionError {
    try {
      Session fresh = store.find(session.id()).orElseThrow(() -> new AssertionError(call + ": the session is gone"));
      if (result instanceof Session s && s.id().equals(fresh.id()) && !s.equals(fresh)) {
        throw new AssertionError(call + " returned a snapshot that differs from a fresh read of the store, "
            + Call.difference(JSON.writeSession(s), JSON.writeSession(fresh)));
      }
      if (result instanceof Comment c && !store.findComment(session.id(), c.id()).equals(Optional.of(c))) {
        throw new AssertionError(call + " returned a comment that differs from a fresh read of the store");
      }
      StoredText.check(call, result instanceof Comment ? result : fresh);
      session = fresh;
      lastExport = state(fresh);
      lastSeq = latestSeq(lastSeq);
    } finally {
      if (result instanceof AttachmentContent content) {
        closeQuietly(content.content());
      }
    }
  }

  /** The session's export document as of the last accepted call. */
  String lastExport() {
    return lastExport;
  }

  /**
   * The session as stored, with its comments, as an export document: what a rejected call must
   * leave as it was. Read from the store directly (two reads), the snapshot given when already read.
   */
  private String state(@Nullable Session stored) {
    if (stored == null) {
      return "(no session " + session.id() + ")";
    }
    return JSON.writeExport(new SessionExport(stored, store.comments(stored.id(), 0, Limits.PAGE_SIZE_MAX)));
  }

  private long latestSeq(long after) {
    long seq = after;
    while (true) {
      List<ActivityEntry> page = store.activity(session.id(), seq, Limits.PAGE_SIZE_MAX);
      if (!page.isEmpty()) {
        seq = page.get(page.size() - 1).seq();
      }
      if (page.size() < Limits.PAGE_SIZE_MAX) {
        return seq;
      }
    }
  }

  /** A new session with one of everything, by new users. */
  Session reset() {
    owner = unique("own");
    collaborator = unique("col");
    viewer = unique("vie");
    stranger = unique("str");
    Session s = hub.create(owner, NewSession.named("fixture").withTags("tag").withCustomFields(Map.of("k", "v")));
    s = hub.addCollaborator(owner, s.id(), s.version(), collaborator, Role.COLLABORATOR);
    s = hub.addCollaborator(owner, s.id(), s.version(), viewer, Role.VIEWER);
    s = hub.addGoal(owner, s.id(), s.version(), NewGoal.titled("first goal"));
    s = hub.addGoal(owner, s.id(), s.version(), NewGoal.titled("second goal"));
    s = hub.addMilestone(owner, s.id(), s.version(), "milestone", List.of(s.goals().get(0).id()));
    s = hub.raiseBlocker(owner, s.id(), s.version(), null, "blocked");
    s = hub.addResource(owner, s.id(), s.version(), "link", "https://example.org/a");
    hub.addLearning(owner, s.id(), "learnt");
    comment = hub.addComment(owner, s.id(), "first comment").id();
    s = hub.uploadAttachment(owner, s.id(), "notes.txt", "text/plain", bytes("attached"));
    session = s;
    uses = 0;
    lastExport = state(s);
    lastSeq = latestSeq(0);
    return s;
  }

  /** The id of a goal, milestone, blocker, resource or attachment of the session, or "none". */
  String goal(int i) {
    return pick(session.goals().stream().map(g -> g.id()).toList(), i);
  }

  String milestone() {
    return pick(session.milestones().stream().map(m -> m.id()).toList(), 0);
  }

  String blocker() {
    return pick(session.blockers().stream().map(b -> b.id()).toList(), 0);
  }

  String resource() {
    return pick(session.resources().stream().map(r -> r.id()).toList(), 0);
  }

  String attachment() {
    return pick(session.attachments().stream().map(a -> a.id()).toList(), 0);
  }

  private static String pick(List<String> ids, int i) {
    return ids.isEmpty() ? "none" : ids.get(Math.floorMod(i, ids.size()));
  }

  static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (java.io.IOException e) {
      // nothing to keep
    }
  }

  /** Texts an accepted call gave must be storable, and read back exactly. */
  static final class StoredText {

    private StoredText() {}

    static void check(Call call, @Nullable Object result) {
      if (call.stored().isEmpty()) {
        return;
      }
      Set<String> found = result instanceof Session s ? SessionStrings.of(s)
          : result instanceof Comment c ? Set.of(c.body())
          : result instanceof Template t ? SessionStrings.of(t) : Set.of();
      for (String text : call.stored()) {
        if (!Texts.isStorable(text)) {
          throw new AssertionError(call + " accepted text no store can keep exactly: " + Call.show(text));
        }
        if (!found.contains(Objects.requireNonNull(text))) {
          throw new AssertionError(call + " was accepted but " + Call.show(text)
              + " does not read back exactly from the store");
        }
      }
    }
  }
}
