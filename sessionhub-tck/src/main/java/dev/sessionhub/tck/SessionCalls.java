package dev.sessionhub.tck;

import static dev.sessionhub.tck.input.Gen.weighted;

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
import dev.sessionhub.tck.input.Gen;
import dev.sessionhub.tck.input.Ids;
import dev.sessionhub.tck.input.Lists;
import dev.sessionhub.tck.input.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

  static Gen<Ref<String>> actor() {
    return Gen.frequency(
        weighted(20, Gen.constant(new Ref<>("owner", f -> f.session.ownerId()))),
        weighted(3, Gen.constant(new Ref<>("collaborator", f -> f.collaborator))),
        weighted(1, Gen.constant(new Ref<>("viewer", f -> f.viewer))),
        weighted(1, Gen.constant(new Ref<>("stranger", f -> f.stranger))),
        weighted(2, Ids.users(Limits.USER_ID_MAX).map(SessionCalls::literal)));
  }

  static Gen<Ref<String>> member() {
    return Gen.frequency(
        weighted(6, Gen.constant(new Ref<>("collaborator", f -> f.collaborator))),
        weighted(3, Gen.constant(new Ref<>("viewer", f -> f.viewer))),
        weighted(1, Gen.constant(new Ref<>("owner", f -> f.session.ownerId()))),
        weighted(4, Ids.users(Limits.USER_ID_MAX).map(SessionCalls::literal)));
  }

  static Gen<Ref<String>> sessionId() {
    return Gen.frequency(weighted(30, Gen.constant(new Ref<>("session", f -> f.session.id()))),
        weighted(1, Ids.any().map(SessionCalls::literal)));
  }

  static Gen<Ref<Long>> version() {
    return Gen.frequency(weighted(30, Gen.constant(new Ref<>("version", f -> f.session.version()))),
        weighted(1, Gen.constant(new Ref<>("stale version", f -> f.session.version() - 1))),
        weighted(1, Gen.longs().map(SessionCalls::literal)));
  }

  private static Gen<Ref<String>> idOr(String label, Function<InputFixture, String> existing) {
    return Gen.frequency(weighted(8, Gen.constant(new Ref<>(label, existing))),
        weighted(1, Ids.any().map(SessionCalls::literal)));
  }

  static Gen<Ref<String>> goal() {
    return Gen.ints(0, 3).flatMap(i -> idOr("goal " + i, f -> f.goal(i)));
  }

  /** A list of goal ids, sometimes with a null element. */
  static Gen<Ref<List<@Nullable String>>> goals() {
    Gen<Ref<List<@Nullable String>>> ids = goal().list(0, 3)
        .map(refs -> new Ref<>(refs.toString(), f -> new ArrayList<>(refs.stream().map(r -> r.of(f)).toList())));
    return Gen.frequency(weighted(5, ids), weighted(1, Lists.withNull(Ids.any()).map(SessionCalls::literal)));
  }

  /** A list of texts, sometimes with a null element. */
  static Gen<List<@Nullable String>> texts(int maxEach, int maxSize) {
    Gen<List<@Nullable String>> good = Texts.storable(maxEach).list(0, maxSize).map(ArrayList::new);
    Gen<List<@Nullable String>> any = Texts.any(maxEach).list(0, maxSize).map(ArrayList::new);
    return Gen.frequency(weighted(8, good), weighted(2, any), weighted(1, Lists.withNull(Texts.storable(maxEach))));
  }

  private static <T> Gen<@Nullable T> nullable(Gen<T> values) {
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
  static Gen<Call> any() {
    return Gen.oneOf(List.of(reads(), update(), transition(), addGoal(), updateGoal(), goalStructure(),
        milestones(), blockers(), resources(), learning(), collaborators(), comments(), attachments(), pages()));
  }

  static Gen<Call> reads() {
    var aGen = actor();
    var sGen = sessionId();
    var whichGen = Gen.ints(0, 2);
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var which = whichGen.next(rnd);
      return switch (which) {
        case 0 -> new Call("get", args(a, s), f -> f.hub.get(a.of(f), s.of(f)));
        case 1 -> new Call("progress", args(a, s), f -> f.hub.progress(a.of(f), s.of(f)));
        default -> new Call("exportJson", args(a, s), f -> f.hub.exportJson(a.of(f), s.of(f)));
      };
    };
  }

  static Gen<Call> update() {
    var aGen = actor();
    var sGen = sessionId();
    var vGen = version();
    var nameGen = nullable(Texts.any(Limits.NAME_MAX));
    var descriptionGen = nullable(Texts.any(Limits.DESCRIPTION_MAX));
    var tagsGen = texts(Limits.TAG_MAX, 3);
    var skillsGen = texts(Limits.TAG_MAX, 2);
    var customGen = nullable(FreeForm.any());
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var v = vGen.next(rnd);
      var name = nameGen.next(rnd);
      var description = descriptionGen.next(rnd);
      var tags = tagsGen.next(rnd);
      var skills = skillsGen.next(rnd);
      var custom = customGen.next(rnd);
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

    };
  }

  static Gen<Call> transition() {
    var aGen = actor();
    var sGen = sessionId();
    var vGen = version();
    var actionGen = Gen.of(LifecycleAction.class).injectNull(0.05);
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var v = vGen.next(rnd);
      var action = actionGen.next(rnd);
      return new Call("transition", args(a, s, v, action), f -> f.hub.transition(a.of(f), s.of(f), v.of(f), action));
    };
  }

  static Gen<Call> addGoal() {
    var aGen = actor();
    var sGen = sessionId();
    var vGen = version();
    var titleGen = Texts.any(Limits.NAME_MAX);
    var descriptionGen = Texts.any(Limits.DESCRIPTION_MAX);
    var criteriaGen = texts(Limits.NOTE_MAX, 2);
    var depsGen = goals();
    var parentGen = goal().injectNull(0.7);
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var v = vGen.next(rnd);
      var title = titleGen.next(rnd);
      var description = descriptionGen.next(rnd);
      var criteria = criteriaGen.next(rnd);
      var deps = depsGen.next(rnd);
      var parent = parentGen.next(rnd);
      return new Call("addGoal",
              args(a, s, v, Call.show(title), Call.show(description), Call.show(criteria), deps, parent), f -> f.hub.addGoal(a.of(f), s.of(f),
                  v.of(f), new NewGoal(title, description, GoalCategory.OTHER, 1, criteria, deps.of(f), null,
                      parent == null ? null : parent.of(f))),
              present(title, description, criteria));
    };
  }

  static Gen<Call> updateGoal() {
    var aGen = actor();
    var sGen = sessionId();
    var vGen = version();
    var gGen = goal();
    var titleGen = nullable(Texts.any(Limits.NAME_MAX));
    var descriptionGen = nullable(Texts.any(Limits.DESCRIPTION_MAX));
    var weightGen = Gen.ints(-2, Limits.WEIGHT_MAX + 2);
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var v = vGen.next(rnd);
      var g = gGen.next(rnd);
      var title = titleGen.next(rnd);
      var description = descriptionGen.next(rnd);
      var weight = weightGen.next(rnd);
      return new Call("updateGoal",
              args(a, s, v, g, Call.show(title), Call.show(description), weight), f -> {
                GoalPatch p = GoalPatch.empty().weight(weight);
                p = title == null ? p : p.title(title);
                p = description == null ? p : p.description(description);
                return f.hub.updateGoal(a.of(f), s.of(f), v.of(f), g.of(f), p);
              }, present(title, description));
    };
  }

  static Gen<Call> goalStructure() {
    var aGen = actor();
    var sGen = sessionId();
    var vGen = version();
    var gGen = goal();
    var otherGen = goal();
    var statusGen = Gen.of(GoalStatus.class).injectNull(0.05);
    var whichGen = Gen.ints(0, 3);
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var v = vGen.next(rnd);
      var g = gGen.next(rnd);
      var other = otherGen.next(rnd);
      var status = statusGen.next(rnd);
      var which = whichGen.next(rnd);
      return switch (which) {
            case 0 -> new Call("removeGoal", args(a, s, v, g), f -> f.hub.removeGoal(a.of(f), s.of(f), v.of(f), g.of(f)));
            case 1 -> new Call("setGoalStatus", args(a, s, v, g, status),
                f -> f.hub.setGoalStatus(a.of(f), s.of(f), v.of(f), g.of(f), status));
            case 2 -> new Call("addDependency", args(a, s, v, g, other),
                f -> f.hub.addDependency(a.of(f), s.of(f), v.of(f), g.of(f), other.of(f)));
            default -> new Call("removeDependency", args(a, s, v, g, other),
                f -> f.hub.removeDependency(a.of(f), s.of(f), v.of(f), g.of(f), other.of(f)));
          };
    };
  }

  static Gen<Call> milestones() {
    var aGen = actor();
    var sGen = sessionId();
    var vGen = version();
    var nameGen = Texts.any(Limits.NAME_MAX);
    var goalIdsGen = goals();
    var mGen = idOr("milestone", InputFixture::milestone);
    var addGen = Gen.of(true, false);
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var v = vGen.next(rnd);
      var name = nameGen.next(rnd);
      var goalIds = goalIdsGen.next(rnd);
      var m = mGen.next(rnd);
      var add = addGen.next(rnd);
      return add
              ? new Call("addMilestone", args(a, s, v, Call.show(name), goalIds),
                  f -> f.hub.addMilestone(a.of(f), s.of(f), v.of(f), name, goalIds.of(f)), present(name))
              : new Call("removeMilestone", args(a, s, v, m), f -> f.hub.removeMilestone(a.of(f), s.of(f), v.of(f), m.of(f)));
    };
  }

  static Gen<Call> blockers() {
    var aGen = actor();
    var sGen = sessionId();
    var vGen = version();
    var gGen = goal().injectNull(0.6);
    var textGen = Texts.any(Limits.NOTE_MAX);
    var bGen = idOr("blocker", InputFixture::blocker);
    var raiseGen = Gen.of(true, false);
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var v = vGen.next(rnd);
      var g = gGen.next(rnd);
      var text = textGen.next(rnd);
      var b = bGen.next(rnd);
      var raise = raiseGen.next(rnd);
      return raise
              ? new Call("raiseBlocker", args(a, s, v, g, Call.show(text)),
                  f -> f.hub.raiseBlocker(a.of(f), s.of(f), v.of(f), g == null ? null : g.of(f), text), present(text))
              : new Call("resolveBlocker", args(a, s, v, b, Call.show(text)),
                  f -> f.hub.resolveBlocker(a.of(f), s.of(f), v.of(f), b.of(f), text), present(text));
    };
  }

  static Gen<Call> resources() {
    Gen<String> url = Gen.frequency(
        weighted(4, Ids.wellFormed().map(p -> "https://example.org/" + p)),
        weighted(2, Texts.any(Limits.URL_MAX - 20).map(t -> "https://example.org/" + t)),
        weighted(1, Texts.any(Limits.URL_MAX)));
    var aGen = actor();
    var sGen = sessionId();
    var vGen = version();
    var titleGen = Texts.any(Limits.NAME_MAX);
    var rGen = idOr("resource", InputFixture::resource);
    var addGen = Gen.of(true, false);
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var v = vGen.next(rnd);
      var title = titleGen.next(rnd);
      var u = url.next(rnd);
      var r = rGen.next(rnd);
      var add = addGen.next(rnd);
      return add
              ? new Call("addResource", args(a, s, v, Call.show(title), Call.show(u)),
                  f -> f.hub.addResource(a.of(f), s.of(f), v.of(f), title, u), present(title, u))
              : new Call("removeResource", args(a, s, v, r), f -> f.hub.removeResource(a.of(f), s.of(f), v.of(f), r.of(f)));
    };
  }

  static Gen<Call> learning() {
    var aGen = actor();
    var sGen = sessionId();
    var textGen = Texts.any(Limits.NOTE_MAX);
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var text = textGen.next(rnd);
      return new Call("addLearning", args(a, s, Call.show(text)), f -> f.hub.addLearning(a.of(f), s.of(f), text),
              present(text));
    };
  }

  static Gen<Call> collaborators() {
    var aGen = actor();
    var sGen = sessionId();
    var vGen = version();
    var userGen = member();
    var roleGen = Gen.of(Role.class).injectNull(0.05);
    var whichGen = Gen.ints(0, 3);
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var v = vGen.next(rnd);
      var user = userGen.next(rnd);
      var role = roleGen.next(rnd);
      var which = whichGen.next(rnd);
      return switch (which) {
            case 0 -> new Call("addCollaborator", args(a, s, v, user, role),
                f -> f.hub.addCollaborator(a.of(f), s.of(f), v.of(f), user.of(f), role), List.of());
            case 1 -> new Call("changeRole", args(a, s, v, user, role), f -> f.hub.changeRole(a.of(f), s.of(f), v.of(f), user.of(f), role));
            case 2 -> new Call("removeCollaborator", args(a, s, v, user),
                f -> f.hub.removeCollaborator(a.of(f), s.of(f), v.of(f), user.of(f)));
            default -> new Call("transferOwnership", args(a, s, v, user),
                f -> f.hub.transferOwnership(a.of(f), s.of(f), v.of(f), user.of(f)));
          };
    };
  }

  static Gen<Call> comments() {
    var aGen = actor();
    var sGen = sessionId();
    var bodyGen = Texts.any(Limits.COMMENT_MAX);
    var cGen = idOr("comment", f -> f.comment);
    var whichGen = Gen.ints(0, 2);
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var body = bodyGen.next(rnd);
      var c = cGen.next(rnd);
      var which = whichGen.next(rnd);
      return switch (which) {
            case 0 -> new Call("addComment", args(a, s, Call.show(body)), f -> f.hub.addComment(a.of(f), s.of(f), body), present(body));
            case 1 -> new Call("reply", args(a, s, c, Call.show(body)), f -> f.hub.reply(a.of(f), s.of(f), c.of(f), body), present(body));
            default -> new Call("editComment", args(a, s, c, Call.show(body)), f -> f.hub.editComment(a.of(f), s.of(f), c.of(f), body),
                present(body));
          };
    };
  }

  static Gen<Call> attachments() {
    Gen<String> name = Gen.frequency(weighted(4, Ids.wellFormed().map(n -> n + ".txt")),
        weighted(3, Texts.any(Limits.ATTACHMENT_NAME_MAX)), weighted(1, Gen.of("../x.txt", "a/b", "..", "a\u0000.txt")));
    Gen<String> type = Gen.of("text/plain", "application/json", "TEXT/PLAIN; charset=utf-8", "", "x", "a\u0000/b");
    var aGen = actor();
    var sGen = sessionId();
    var contentGen = Texts.storable(200);
    var attGen = idOr("attachment", InputFixture::attachment);
    var uploadGen = Gen.of(true, false);
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var n = name.next(rnd);
      var t = type.next(rnd);
      var content = contentGen.next(rnd);
      var att = attGen.next(rnd);
      var upload = uploadGen.next(rnd);
      return upload
              ? new Call("uploadAttachment", args(a, s, Call.show(n), t), f -> f.hub.uploadAttachment(a.of(f), s.of(f), n, t,
                  InputFixture.bytes(content)), present(n))
              : new Call("downloadAttachment", args(a, s, att), f -> f.hub.downloadAttachment(a.of(f), s.of(f), att.of(f)));
    };
  }

  static Gen<Call> pages() {
    Gen<@Nullable String> cursor = Gen.frequency(weighted(3, Gen.constant(null)),
        weighted(1, Texts.any(200).map(c -> (@Nullable String) c)));
    var aGen = actor();
    var sGen = sessionId();
    var sizeGen = Gen.ints(-2, Limits.PAGE_SIZE_MAX + 2);
    var commentsGen = Gen.of(true, false);
    return rnd -> {
      var a = aGen.next(rnd);
      var s = sGen.next(rnd);
      var c = cursor.next(rnd);
      var size = sizeGen.next(rnd);
      var comments = commentsGen.next(rnd);
      return comments
              ? new Call("comments", args(a, s, Call.show(c), size), f -> f.hub.comments(a.of(f), s.of(f), c, size))
              : new Call("activity", args(a, s, Call.show(c), size), f -> f.hub.activity(a.of(f), s.of(f), c, size));
    };
  }
}
