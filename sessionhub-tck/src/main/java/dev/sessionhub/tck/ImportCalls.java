package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.unique;

import dev.sessionhub.error.SessionHubException;
import dev.sessionhub.json.SessionExport;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Attachment;
import dev.sessionhub.model.Blocker;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Resource;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.tck.input.FreeForm;
import dev.sessionhub.tck.input.Gen;
import dev.sessionhub.tck.input.Ids;
import dev.sessionhub.tck.input.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Generated imports, for {@link BadInputContract}: the fixture's session exported under a new id
 * with one field replaced by generated text, a malformed id or content hash, or custom fields
 * nested around the depth limit and 5,000 levels deep as raw JSON. A rejected import stores
 * nothing; an accepted one reads back exactly as the document has it, comments included.
 */
final class ImportCalls {

  private static final SessionJson JSON = SessionJson.create();
  private static final String DEEP = "\"__DEEP__\"";

  private ImportCalls() {}

  /**
   * One change to the exported document.
   *
   * @param label what is changed, for the report
   * @param session changes the session
   * @param comments changes the comments
   * @param deepJson raw JSON put in place of the custom field {@code deep}, or null
   * @param stored a text the session holds when the import is accepted, or null
   */
  record Mutation(String label, UnaryOperator<Session> session, UnaryOperator<List<Comment>> comments,
      @Nullable String deepJson, @Nullable String stored) {

    static Mutation of(String label, UnaryOperator<Session> session, @Nullable String stored) {
      return new Mutation(label, session, c -> c, null, stored);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  static Gen<Call> imports() {
    return mutations().map(m -> Call.elsewhere("importJson", List.of(m.label()), f -> importing(f, m),
        m.stored() == null ? List.of() : List.of(m.stored())));
  }

  static Gen<Mutation> mutations() {
    return Gen.oneOf(List.of(
        Gen.constant(Mutation.of("as exported", s -> s, null)),
        Texts.any(Limits.NAME_MAX).map(t -> Mutation.of("name " + Call.show(t), s -> s.toBuilder().name(t).build(), t)),
        Texts.any(Limits.DESCRIPTION_MAX).map(t -> Mutation.of("description " + Call.show(t),
            s -> s.toBuilder().description(t).build(), t)),
        Texts.any(Limits.NAME_MAX).map(t -> Mutation.of("goal title " + Call.show(t), s -> goal(s, 0,
            g -> new Goal(g.id(), g.parentId(), t, g.description(), g.category(), g.status(), g.weight(), g.successCriteria(),
                g.dependsOn(), g.estimate(), g.completedAt())), t)),
        Ids.malformed().map(id -> Mutation.of("goal id " + Call.show(id), s -> goal(s, s.goals().size() - 1,
            g -> new Goal(id, g.parentId(), g.title(), g.description(), g.category(), g.status(), g.weight(), g.successCriteria(),
                g.dependsOn(), g.estimate(), g.completedAt())), null)),
        Texts.any(Limits.NOTE_MAX).map(t -> Mutation.of("learning " + Call.show(t), s -> s.toBuilder().learnings(plus(s.learnings(),
            new Learning("l-imported", t, s.ownerId(), s.updatedAt()))).build(), t)),
        Texts.any(Limits.TAG_MAX).map(t -> Mutation.of("tag " + Call.show(t), s -> s.toBuilder().metadata(new SessionMetadata(
            plus(s.metadata().tags(), t), s.metadata().skills(), s.metadata().difficulty())).build(), t)),
        Ids.users(Limits.USER_ID_MAX).map(u -> Mutation.of("member " + Call.show(u), s -> s.toBuilder().collaborators(
            plus(s.collaborators(), new Collaborator(u, Role.VIEWER, s.updatedAt()))).build(), u)),
        Ids.malformedSha256().map(h -> Mutation.of("attachment sha256 " + Call.show(h), s -> attachment(s, h, null), null)),
        Texts.any(Limits.ATTACHMENT_NAME_MAX).map(n -> Mutation.of("attachment name " + Call.show(n), s -> attachment(s, null, n), n)),
        Texts.any(Limits.URL_MAX).map(u -> Mutation.of("resource url " + Call.show(u), s -> s.toBuilder().resources(
            List.of(new Resource("r-imported", "link", u))).build(), u)),
        Ids.malformed().map(id -> Mutation.of("blocker id " + Call.show(id), s -> s.toBuilder().blockers(List.of(
            new Blocker(id, null, "blocked", s.ownerId(), s.updatedAt(), null, null, null))).build(), null)),
        Texts.any(Limits.COMMENT_MAX).map(t -> new Mutation("comment body " + Call.show(t), s -> s,
            cs -> comment(cs, c -> new Comment(c.id(), c.sessionId(), c.number(), c.parentId(), c.author(), t, c.mentions(),
                c.createdAt(), c.editedAt())), null, null)),
        Ids.malformed().map(id -> new Mutation("comment id " + Call.show(id), s -> s,
            cs -> comment(cs, c -> new Comment(id, c.sessionId(), c.number(), c.parentId(), c.author(), c.body(), c.mentions(),
                c.createdAt(), c.editedAt())), null, null)),
        Gen.of(30, 31, 32, 64, 5_000).map(depth -> new Mutation("custom fields nested " + (depth + 1) + " levels",
            s -> s.toBuilder().customFields(Map.of("deep", "__DEEP__")).build(), c -> c, FreeForm.nestedJson(depth), null)),
        Gen.oneOf(FreeForm.ordinary(), FreeForm.unstorable()).map(m -> Mutation.of("custom fields " + Call.show(m),
            s -> s.toBuilder().customFields(m).build(), null))));
  }

  /** Imports the mutated export under a new id and checks what the store holds afterwards. */
  private static Session importing(InputFixture f, Mutation m) {
    SessionExport exported = JSON.readExport(f.lastExport());
    String id = unique("imp");
    Session session = m.session().apply(exported.session().toBuilder().id(id).build());
    List<Comment> comments = m.comments().apply(exported.comments().stream().map(c -> new Comment(c.id(), id, c.number(),
        c.parentId(), c.author(), c.body(), c.mentions(), c.createdAt(), c.editedAt())).toList());
    String document = JSON.writeExport(new SessionExport(session, comments));
    if (m.deepJson() != null) {
      document = document.replace(DEEP, m.deepJson());
    }
    Session imported;
    try {
      imported = f.hub.importJson(session.ownerId(), document);
    } catch (SessionHubException rejected) {
      if (f.store.find(id).isPresent() || !f.store.comments(id, 0, 1).isEmpty()) {
        throw new AssertionError("a rejected import (" + rejected.getMessage() + ") stored the session", rejected);
      }
      throw rejected;
    }
    SessionExport expected = JSON.readExport(document);
    Session stored = f.store.find(id).orElseThrow(() -> new AssertionError("an accepted import stored nothing"));
    if (!stored.equals(imported) || !stored.equals(expected.session())) {
      throw new AssertionError("an accepted import reads back different from its document, "
          + Call.difference(JSON.writeSession(expected.session()), JSON.writeSession(stored)));
    }
    if (!f.store.comments(id, 0, Limits.PAGE_SIZE_MAX).equals(expected.comments())) {
      throw new AssertionError("the comments of an accepted import read back different from its document");
    }
    return imported;
  }

  private static Session goal(Session s, int i, UnaryOperator<Goal> change) {
    if (s.goals().isEmpty()) {
      return s;
    }
    List<Goal> goals = new ArrayList<>(s.goals());
    goals.set(i, change.apply(goals.get(i)));
    return s.toBuilder().goals(goals).build();
  }

  private static Session attachment(Session s, @Nullable String sha256, @Nullable String name) {
    if (s.attachments().isEmpty()) {
      return s;
    }
    Attachment a = s.attachments().get(0);
    return s.toBuilder().attachments(List.of(new Attachment(a.id(), name != null ? name : a.name(), a.contentType(), a.size(),
        sha256 != null ? sha256 : a.sha256(), a.version(), a.uploadedBy(), a.uploadedAt()))).build();
  }

  private static List<Comment> comment(List<Comment> comments, UnaryOperator<Comment> change) {
    List<Comment> changed = new ArrayList<>(comments);
    if (!changed.isEmpty()) {
      changed.set(0, change.apply(changed.get(0)));
    }
    return changed;
  }

  private static <T> List<T> plus(List<T> list, T item) {
    List<T> more = new ArrayList<>(list);
    more.add(item);
    return more;
  }
}
