package dev.sessionhub.tck;

import dev.sessionhub.GoalPatch;
import dev.sessionhub.NewGoal;
import dev.sessionhub.SessionPatch;
import dev.sessionhub.model.GoalCategory;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.tck.input.FreeForm;
import dev.sessionhub.tck.input.Ids;
import dev.sessionhub.tck.input.Lists;
import dev.sessionhub.tck.input.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * Generated calls of every facade operation on one session, for {@link BadInputContract}: each
 * argument is mostly one that works (the session's owner, its current version, an existing goal)
 * and otherwise random or malformed (a stranger, a malformed user id, a stale version, a
 * malformed id, unstorable, blank, over-long or huge text, deep custom fields, null elements).
 */
final class SessionCalls {

  private SessionCalls() {}

  /** A value resolved against the fixture when the call runs, shown by its label. */
  record Ref<T>(String label, Function<InputFixture, T> resolve) {
    T of(InputFixture f) {
      return resolve.apply(f);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  static <T> Ref<T> literal(T value) {
    return new Ref<>(Call.show(value), f -> value);
  }

  static Arbitrary<Ref<String>> actor() {
    return Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.just(new Ref<>("owner", f -> f.session.ownerId()))),
        Tuple.of(3, Arbitraries.just(new Ref<>("collaborator", f -> f.collaborator))),
        Tuple.of(1, Arbitraries.just(new Ref<>("viewer", f -> f.viewer))),
        Tuple.of(1, Arbitraries.just(new Ref<>("stranger", f -> f.stranger))),
        Tuple.of(2, Ids.users(Limits.USER_ID_MAX).map(SessionCalls::literal)));
  }

  static Arbitrary<Ref<String>> member() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(new Ref<>("collaborator", f -> f.collaborator))),
        Tuple.of(3, Arbitraries.just(new Ref<>("viewer", f -> f.viewer))),
        Tuple.of(1, Arbitraries.just(new Ref<>("owner", f -> f.session.ownerId()))),
        Tuple.of(4, Ids.users(Limits.USER_ID_MAX).map(SessionCalls::literal)));
  }

  static Arbitrary<Ref<String>> sessionId() {
    return Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.just(new Ref<>("session", f -> f.session.id()))),
        Tuple.of(1, Ids.any().map(SessionCalls::literal)));
  }

  static Arbitrary<Ref<Long>> version() {
    return Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.just(new Ref<>("version", f -> f.session.version()))),
        Tuple.of(1, Arbitraries.just(new Ref<>("stale version", f -> f.session.version() - 1))),
        Tuple.of(1, Arbitraries.longs().map(SessionCalls::literal)));
  }

  private static Arbitrary<Ref<String>> idOr(String label, Function<InputFixture, String> existing) {
    return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(new Ref<>(label, existing))),
        Tuple.of(1, Ids.any().map(SessionCalls::literal)));
  }

  static Arbitrary<Ref<String>> goal() {
    return Arbitraries.integers().between(0, 3).flatMap(i -> idOr("goal " + i, f -> f.goal(i)));
  }

  /** A list of goal ids, sometimes with a null element. */
  static Arbitrary<Ref<List<@Nullable String>>> goals() {
    Arbitrary<Ref<List<@Nullable String>>> ids = goal().list().ofMaxSize(3)
        .map(refs -> new Ref<>(refs.toString(), f -> new ArrayList<>(refs.stream().map(r -> r.of(f)).toList())));
    return Arbitraries.frequencyOf(Tuple.of(5, ids), Tuple.of(1, Lists.withNull(Ids.any()).map(SessionCalls::literal)));
  }

  /** A list of texts, sometimes with a null element. */
  static Arbitrary<List<@Nullable String>> texts(int maxEach, int maxSize) {
    Arbitrary<List<@Nullable String>> good = Texts.storable(maxEach).list().ofMaxSize(maxSize).map(ArrayList::new);
    Arbitrary<List<@Nullable String>> any = Texts.any(maxEach).list().ofMaxSize(maxSize).map(ArrayList::new);
    return Arbitraries.frequencyOf(Tuple.of(8, good), Tuple.of(2, any), Tuple.of(1, Lists.withNull(Texts.storable(maxEach))));
  }

  private static <T> Arbitrary<@Nullable T> nullable(Arbitrary<T> values) {
    return values.injectNull(1.0 / 7);
  }

  static List<String> present(@Nullable Object... texts) {
    List<String> out = new ArrayList<>();
    for (Object t : texts) {
      if (t instanceof String s) {
        out.add(s);
      } else if (t instanceof List<?> l) {
        l.forEach(x -> {
          if (x instanceof String s) {
            out.add(s);
          }
        });
      }
    }
    return out;
  }

  static List<Object> args(@Nullable Object... values) {
    List<Object> list = new ArrayList<>();
    for (Object v : values) {
      list.add(String.valueOf(v));
    }
    return list;
  }

  /** A call of any operation on the session. */
  static Arbitrary<Call> any() {
    return Arbitraries.oneOf(List.of(reads(), update(), transition(), addGoal(), updateGoal(), goalStructure(),
        milestones(), blockers(), resources(), learning(), collaborators(), comments(), attachments(), pages()));
  }

  static Arbitrary<Call> reads() {
    return Combinators.combine(actor(), sessionId(), Arbitraries.integers().between(0, 2)).as((a, s, which) -> switch (which) {
      case 0 -> new Call("get", args(a, s), f -> f.hub.get(a.of(f), s.of(f)));
      case 1 -> new Call("progress", args(a, s), f -> f.hub.progress(a.of(f), s.of(f)));
      default -> new Call("exportJson", args(a, s), f -> f.hub.exportJson(a.of(f), s.of(f)));
    });
  }

  static Arbitrary<Call> update() {
    return Combinators.combine(actor(), sessionId(), version(), nullable(Texts.any(Limits.NAME_MAX)),
        nullable(Texts.any(Limits.DESCRIPTION_MAX)), texts(Limits.TAG_MAX, 3), texts(Limits.TAG_MAX, 2),
        nullable(FreeForm.any()))
        .as((a, s, v, name, description, tags, skills, custom) -> {
          List<String> stored = present(name, description, tags, skills);
          if (custom != null) {
            stored.addAll(SessionStrings.ofFreeForm(custom));
          }
          return new Call("update", args(a, s, v, Call.show(name), Call.show(description), Call.show(tags), Call.show(skills),
              Call.show(custom)), f -> {
                SessionPatch p = SessionPatch.empty();
                p = name == null ? p : p.name(name);
                p = description == null ? p : p.description(description);
                p = p.metadata(new SessionMetadata(tags, skills, null));
                p = custom == null ? p : p.customFields(custom);
                return f.hub.update(a.of(f), s.of(f), v.of(f), p);
              }, stored);
        });
  }

  static Arbitrary<Call> transition() {
    return Combinators.combine(actor(), sessionId(), version(), Arbitraries.of(LifecycleAction.class).injectNull(0.05))
        .as((a, s, v, action) -> new Call("transition", args(a, s, v, action), f -> f.hub.transition(a.of(f), s.of(f), v.of(f), action)));
  }

  static Arbitrary<Call> addGoal() {
    return Combinators.combine(actor(), sessionId(), version(), Texts.any(Limits.NAME_MAX), Texts.any(Limits.DESCRIPTION_MAX),
            texts(Limits.NOTE_MAX, 2), goals(), goal().injectNull(0.7))
        .as((a, s, v, title, description, criteria, deps, parent) -> new Call("addGoal",
            args(a, s, v, Call.show(title), Call.show(description), Call.show(criteria), deps, parent), f -> f.hub.addGoal(a.of(f), s.of(f),
                v.of(f), new NewGoal(title, description, GoalCategory.OTHER, 1, criteria, deps.of(f), null,
                    parent == null ? null : parent.of(f))),
            present(title, description, criteria)));
  }

  static Arbitrary<Call> updateGoal() {
    return Combinators.combine(actor(), sessionId(), version(), goal(), nullable(Texts.any(Limits.NAME_MAX)),
        nullable(Texts.any(Limits.DESCRIPTION_MAX)), Arbitraries.integers().between(-2, Limits.WEIGHT_MAX + 2))
        .as((a, s, v, g, title, description, weight) -> new Call("updateGoal",
            args(a, s, v, g, Call.show(title), Call.show(description), weight), f -> {
              GoalPatch p = GoalPatch.empty().weight(weight);
              p = title == null ? p : p.title(title);
              p = description == null ? p : p.description(description);
              return f.hub.updateGoal(a.of(f), s.of(f), v.of(f), g.of(f), p);
            }, present(title, description)));
  }

  static Arbitrary<Call> goalStructure() {
    return Combinators.combine(actor(), sessionId(), version(), goal(), goal(),
        Arbitraries.of(GoalStatus.class).injectNull(0.05), Arbitraries.integers().between(0, 3))
        .as((a, s, v, g, other, status, which) -> switch (which) {
          case 0 -> new Call("removeGoal", args(a, s, v, g), f -> f.hub.removeGoal(a.of(f), s.of(f), v.of(f), g.of(f)));
          case 1 -> new Call("setGoalStatus", args(a, s, v, g, status),
              f -> f.hub.setGoalStatus(a.of(f), s.of(f), v.of(f), g.of(f), status));
          case 2 -> new Call("addDependency", args(a, s, v, g, other),
              f -> f.hub.addDependency(a.of(f), s.of(f), v.of(f), g.of(f), other.of(f)));
          default -> new Call("removeDependency", args(a, s, v, g, other),
              f -> f.hub.removeDependency(a.of(f), s.of(f), v.of(f), g.of(f), other.of(f)));
        });
  }

  static Arbitrary<Call> milestones() {
    return Combinators.combine(actor(), sessionId(), version(), Texts.any(Limits.NAME_MAX), goals(),
        idOr("milestone", InputFixture::milestone), Arbitraries.of(true, false))
        .as((a, s, v, name, goalIds, m, add) -> add
            ? new Call("addMilestone", args(a, s, v, Call.show(name), goalIds),
                f -> f.hub.addMilestone(a.of(f), s.of(f), v.of(f), name, goalIds.of(f)), present(name))
            : new Call("removeMilestone", args(a, s, v, m), f -> f.hub.removeMilestone(a.of(f), s.of(f), v.of(f), m.of(f))));
  }

  static Arbitrary<Call> blockers() {
    return Combinators.combine(actor(), sessionId(), version(), goal().injectNull(0.6), Texts.any(Limits.NOTE_MAX),
        idOr("blocker", InputFixture::blocker), Arbitraries.of(true, false))
        .as((a, s, v, g, text, b, raise) -> raise
            ? new Call("raiseBlocker", args(a, s, v, g, Call.show(text)),
                f -> f.hub.raiseBlocker(a.of(f), s.of(f), v.of(f), g == null ? null : g.of(f), text), present(text))
            : new Call("resolveBlocker", args(a, s, v, b, Call.show(text)),
                f -> f.hub.resolveBlocker(a.of(f), s.of(f), v.of(f), b.of(f), text), present(text)));
  }

  static Arbitrary<Call> resources() {
    Arbitrary<String> url = Arbitraries.frequencyOf(
        Tuple.of(4, Ids.wellFormed().map(p -> "https://example.org/" + p)),
        Tuple.of(2, Texts.any(Limits.URL_MAX - 20).map(t -> "https://example.org/" + t)),
        Tuple.of(1, Texts.any(Limits.URL_MAX)));
    return Combinators.combine(actor(), sessionId(), version(), Texts.any(Limits.NAME_MAX), url,
        idOr("resource", InputFixture::resource), Arbitraries.of(true, false))
        .as((a, s, v, title, u, r, add) -> add
            ? new Call("addResource", args(a, s, v, Call.show(title), Call.show(u)),
                f -> f.hub.addResource(a.of(f), s.of(f), v.of(f), title, u), present(title, u))
            : new Call("removeResource", args(a, s, v, r), f -> f.hub.removeResource(a.of(f), s.of(f), v.of(f), r.of(f))));
  }

  static Arbitrary<Call> learning() {
    return Combinators.combine(actor(), sessionId(), Texts.any(Limits.NOTE_MAX))
        .as((a, s, text) -> new Call("addLearning", args(a, s, Call.show(text)), f -> f.hub.addLearning(a.of(f), s.of(f), text),
            present(text)));
  }

  static Arbitrary<Call> collaborators() {
    return Combinators.combine(actor(), sessionId(), version(), member(), Arbitraries.of(Role.class).injectNull(0.05),
        Arbitraries.integers().between(0, 3))
        .as((a, s, v, user, role, which) -> switch (which) {
          case 0 -> new Call("addCollaborator", args(a, s, v, user, role),
              f -> f.hub.addCollaborator(a.of(f), s.of(f), v.of(f), user.of(f), role), List.of());
          case 1 -> new Call("changeRole", args(a, s, v, user, role), f -> f.hub.changeRole(a.of(f), s.of(f), v.of(f), user.of(f), role));
          case 2 -> new Call("removeCollaborator", args(a, s, v, user),
              f -> f.hub.removeCollaborator(a.of(f), s.of(f), v.of(f), user.of(f)));
          default -> new Call("transferOwnership", args(a, s, v, user),
              f -> f.hub.transferOwnership(a.of(f), s.of(f), v.of(f), user.of(f)));
        });
  }

  static Arbitrary<Call> comments() {
    return Combinators.combine(actor(), sessionId(), Texts.any(Limits.COMMENT_MAX), idOr("comment", f -> f.comment),
        Arbitraries.integers().between(0, 2))
        .as((a, s, body, c, which) -> switch (which) {
          case 0 -> new Call("addComment", args(a, s, Call.show(body)), f -> f.hub.addComment(a.of(f), s.of(f), body), present(body));
          case 1 -> new Call("reply", args(a, s, c, Call.show(body)), f -> f.hub.reply(a.of(f), s.of(f), c.of(f), body), present(body));
          default -> new Call("editComment", args(a, s, c, Call.show(body)), f -> f.hub.editComment(a.of(f), s.of(f), c.of(f), body),
              present(body));
        });
  }

  static Arbitrary<Call> attachments() {
    Arbitrary<String> name = Arbitraries.frequencyOf(Tuple.of(4, Ids.wellFormed().map(n -> n + ".txt")),
        Tuple.of(3, Texts.any(Limits.ATTACHMENT_NAME_MAX)), Tuple.of(1, Arbitraries.of("../x.txt", "a/b", "..", "a\u0000.txt")));
    Arbitrary<String> type = Arbitraries.of("text/plain", "application/json", "TEXT/PLAIN; charset=utf-8", "", "x", "a\u0000/b");
    return Combinators.combine(actor(), sessionId(), name, type, Texts.storable(200), idOr("attachment", InputFixture::attachment),
        Arbitraries.of(true, false))
        .as((a, s, n, t, content, att, upload) -> upload
            ? new Call("uploadAttachment", args(a, s, Call.show(n), t), f -> f.hub.uploadAttachment(a.of(f), s.of(f), n, t,
                InputFixture.bytes(content)), present(n))
            : new Call("downloadAttachment", args(a, s, att), f -> f.hub.downloadAttachment(a.of(f), s.of(f), att.of(f))));
  }

  static Arbitrary<Call> pages() {
    Arbitrary<@Nullable String> cursor = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(null)),
        Tuple.of(1, Texts.any(200).map(c -> (@Nullable String) c)));
    return Combinators.combine(actor(), sessionId(), cursor, Arbitraries.integers().between(-2, Limits.PAGE_SIZE_MAX + 2),
        Arbitraries.of(true, false))
        .as((a, s, c, size, comments) -> comments
            ? new Call("comments", args(a, s, Call.show(c), size), f -> f.hub.comments(a.of(f), s.of(f), c, size))
            : new Call("activity", args(a, s, Call.show(c), size), f -> f.hub.activity(a.of(f), s.of(f), c, size)));
  }
}
