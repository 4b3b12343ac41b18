package dev.sessionhub.tck;

import static dev.sessionhub.tck.input.Gen.weighted;

import static dev.sessionhub.tck.SessionCalls.args;
import static dev.sessionhub.tck.SessionCalls.present;
import static dev.sessionhub.tck.SessionCalls.texts;

import dev.sessionhub.FromTemplate;
import dev.sessionhub.NewSession;
import dev.sessionhub.TemplateDraft;
import dev.sessionhub.error.SessionHubException;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.GoalCategory;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Page;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SessionSettings;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateGoal;
import dev.sessionhub.tck.SessionCalls.Ref;
import dev.sessionhub.tck.input.FreeForm;
import dev.sessionhub.tck.input.Gen;
import dev.sessionhub.tck.input.Ids;
import dev.sessionhub.tck.input.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Generated calls off the fixture's session, for {@link BadInputContract}: creating sessions
 * (blank and from a template), saving and reading templates, searching and polling. Each checks
 * its own store state: a rejected create or save stored nothing, an accepted one reads back equal
 * from the store, a search returns only sessions its actor is a member of.
 */
final class OtherCalls {

  private static final SessionJson JSON = SessionJson.create();

  private OtherCalls() {}

  static Gen<Ref<String>> creator() {
    return Gen.frequency(weighted(8, Gen.constant(new Ref<>("creator", f -> f.creator))),
        weighted(2, Ids.users(Limits.USER_ID_MAX).map(SessionCalls::literal)));
  }

  private static Gen<@Nullable Duration> estimate() {
    return Gen.frequency(weighted(4, Gen.constant(null)), weighted(3, Gen.longs(1, 600_000)
        .map(Duration::ofMinutes)), weighted(1, Gen.of(Duration.ZERO, Duration.ofSeconds(-5), Duration.ofDays(400))));
  }

  static Gen<Call> creates() {
    return Gen.oneOf(create(), fromTemplate());
  }

  static Gen<Call> create() {
    var aGen = creator();
    var nameGen = Texts.any(Limits.NAME_MAX);
    var descriptionGen = Texts.any(Limits.DESCRIPTION_MAX);
    var tagsGen = texts(Limits.TAG_MAX, 3);
    var skillsGen = texts(Limits.TAG_MAX, 2);
    var customGen = FreeForm.any();
    var estGen = estimate();
    return rnd -> {
      var a = aGen.next(rnd);
      var name = nameGen.next(rnd);
      var description = descriptionGen.next(rnd);
      var tags = tagsGen.next(rnd);
      var skills = skillsGen.next(rnd);
      var custom = customGen.next(rnd);
      var est = estGen.next(rnd);
      List<String> stored = present(name, description, tags, skills);
      stored.addAll(SessionStrings.ofFreeForm(custom));
      return Call.elsewhere("create", args(a, Call.show(name), Call.show(description), Call.show(tags), Call.show(skills),
          Call.show(custom), est), f -> insertion(f, a.of(f), () -> f.hub.create(a.of(f), new NewSession(name, description,
              SessionType.OTHER, Priority.MEDIUM, est, tags, skills, null, SessionSettings.defaults(), custom))), stored);

    };
  }

  static Gen<Call> fromTemplate() {
    Gen<String> template = Gen.frequency(
        weighted(4, Gen.of("bug-fix", "feature-development", "research-exploration")), weighted(2, Ids.any()));
    Gen<List<String>> keys = Gen.of("component", "feature", "topic", "question", "nope", "").list(0, 3);
    Gen<List<@Nullable String>> values = Texts.any(Limits.PARAMETER_VALUE_MAX).injectNull(0.05).list(0, 3);
    Gen<Map<String, @Nullable String>> parameters = rnd -> {
      List<String> k = keys.next(rnd);
      List<@Nullable String> v = values.next(rnd);
      Map<String, @Nullable String> m = new HashMap<>();
      for (int i = 0; i < Math.min(k.size(), v.size()); i++) {
        m.put(k.get(i), v.get(i));
      }
      return m;
    };
    var aGen = creator();
    var nameGen = Texts.any(Limits.NAME_MAX).injectNull(0.5);
    var descriptionGen = Texts.any(Limits.DESCRIPTION_MAX).injectNull(0.5);
    return rnd -> {
      var a = aGen.next(rnd);
      var id = template.next(rnd);
      var params = parameters.next(rnd);
      var name = nameGen.next(rnd);
      var description = descriptionGen.next(rnd);
      return Call.elsewhere("createFromTemplate",
              args(a, Call.show(id), Call.show(params), Call.show(name), Call.show(description)),
              f -> insertion(f, a.of(f), () -> {
                @SuppressWarnings("unchecked")
                Map<String, String> given = (Map<String, String>) (Map<String, ?>) params;
                return f.hub.createFromTemplate(a.of(f), new FromTemplate(id, null, given, name, description, null, null));
              }), present(name, description));
    };
  }

  /** Runs a create: a rejected one leaves what its actor sees as it was; an accepted one reads back equal. */
  private static Session insertion(InputFixture f, String actor, Create create) {
    Set<String> before = f.visibleTo(actor);
    Session s;
    try {
      s = create.run();
    } catch (SessionHubException rejected) {
      if (!f.visibleTo(actor).equals(before)) {
        throw new AssertionError("a rejected create stored a session", rejected);
      }
      throw rejected;
    }
    Session stored = f.store.find(s.id()).orElseThrow(() -> new AssertionError("an accepted create stored nothing"));
    if (!stored.equals(s)) {
      throw new AssertionError("an accepted create reads back different from the store, "
          + Call.difference(JSON.writeSession(s), JSON.writeSession(stored)));
    }
    return s;
  }

  @FunctionalInterface
  private interface Create {
    Session run();
  }

  static Gen<Call> templates() {
    return Gen.oneOf(saveTemplate(), readTemplate());
  }

  static Gen<Call> saveTemplate() {
    var aGen = creator();
    var idGen = Ids.any();
    var nameGen = Texts.any(Limits.NAME_MAX);
    var descriptionGen = Texts.any(Limits.DESCRIPTION_MAX);
    var tagsGen = texts(Limits.TAG_MAX, 2);
    var keyGen = Ids.any();
    var titleGen = Texts.any(Limits.NAME_MAX);
    var criteriaGen = texts(Limits.NOTE_MAX, 2);
    return rnd -> {
      var a = aGen.next(rnd);
      var id = idGen.next(rnd);
      var name = nameGen.next(rnd);
      var description = descriptionGen.next(rnd);
      var tags = tagsGen.next(rnd);
      var key = keyGen.next(rnd);
      var title = titleGen.next(rnd);
      var criteria = criteriaGen.next(rnd);
      return Call.elsewhere("saveTemplate",
              args(a, Call.show(id), Call.show(name), Call.show(description), Call.show(tags), Call.show(key), Call.show(title),
                  Call.show(criteria)),
              f -> {
                List<Template> before = versions(f, id);
                Template t;
                try {
                  t = f.hub.saveTemplate(a.of(f), new TemplateDraft(id, name, description, SessionType.OTHER, Duration.ofHours(1),
                      Priority.MEDIUM, Difficulty.INTERMEDIATE, tags, List.of(), List.of(new TemplateGoal(key, null, title, "",
                          GoalCategory.OTHER, 1, criteria, List.of(), null)), List.of()));
                } catch (SessionHubException rejected) {
                  if (!versions(f, id).equals(before)) {
                    throw new AssertionError("a rejected save stored a template version", rejected);
                  }
                  throw rejected;
                }
                Template read = f.hub.template(id, t.version());
                if (!read.equals(t)) {
                  throw new AssertionError("a saved template reads back different from the store, "
                      + Call.difference(JSON.writeTemplate(t), JSON.writeTemplate(read)));
                }
                return t;
              }, present(name, description, tags, title, criteria));
    };
  }

  private static List<Template> versions(InputFixture f, String id) {
    try {
      return f.hub.templateVersions(id);
    } catch (SessionHubException none) {
      return List.of();
    }
  }

  static Gen<Call> readTemplate() {
    var idGen = Ids.any();
    var versionGen = Gen.ints(-1, 3);
    var userGen = Ids.users(Limits.USER_ID_MAX);
    var whichGen = Gen.ints(0, 3);
    return rnd -> {
      var id = idGen.next(rnd);
      var version = versionGen.next(rnd);
      var user = userGen.next(rnd);
      var which = whichGen.next(rnd);
      return switch (which) {
            case 0 -> Call.elsewhere("template", args(Call.show(id)), f -> f.hub.template(id), List.of());
            case 1 -> Call.elsewhere("template", args(Call.show(id), version), f -> f.hub.template(id, version), List.of());
            case 2 -> Call.elsewhere("templateVersions", args(Call.show(id)), f -> f.hub.templateVersions(id), List.of());
            default -> Call.elsewhere("suggestTemplates", args(Call.show(user)), f -> f.hub.suggestTemplates(user), List.of());
          };
    };
  }

  static Gen<Call> queries() {
    Gen<@Nullable String> cursor = Gen.frequency(weighted(3, Gen.constant(null)),
        weighted(1, Texts.any(300).map(c -> (@Nullable String) c)));
    Gen<@Nullable String> text = Texts.any(Limits.SEARCH_TEXT_MAX).injectNull(0.3);
    Gen<@Nullable String> user = Ids.users(Limits.USER_ID_MAX).injectNull(0.6);
    Gen<@Nullable String> template = Ids.any().injectNull(0.7);
    Gen<@Nullable Double> progress = Gen.of(-1.0, 0.0, 50.0, 100.0, 101.0, Double.NaN).injectNull(0.7);
    var aGen = SessionCalls.actor();
    var tagsGen = texts(Limits.TAG_MAX, 2);
    var sizeGen = Gen.ints(-2, Limits.PAGE_SIZE_MAX + 2);
    return rnd -> {
      var a = aGen.next(rnd);
      var q = text.next(rnd);
      var tags = tagsGen.next(rnd);
      var member = user.next(rnd);
      var templateId = template.next(rnd);
      var c = cursor.next(rnd);
      var size = sizeGen.next(rnd);
      var min = progress.next(rnd);
      return Call.elsewhere("search",
              args(a, Call.show(q), Call.show(tags), Call.show(member), Call.show(templateId), Call.show(c), size, min),
              f -> {
                String actor = a.of(f);
                SessionQuery.Builder b = SessionQuery.builder().text(q).member(member).template(templateId).cursor(c).pageSize(size);
                b.tag(tags.toArray(new String[0]));
                if (min != null) {
                  b.progress(min, null);
                }
                Page<Session> page = c != null && size % 2 == 0
                    ? f.hub.changesSince(actor, Instant.EPOCH.plusSeconds(size), c, size) : f.hub.search(actor, b.build());
                for (Session s : page.items()) {
                  if (s.roleOf(actor).isEmpty()) {
                    throw new AssertionError("a search by " + Call.show(actor) + " returned session " + s.id() + " of others");
                  }
                }
                return page;
              }, List.of());
    };
  }
}
