package dev.sessionhub.internal.hub;

import dev.sessionhub.TemplateDraft;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.internal.template.BuiltInTemplates;
import dev.sessionhub.internal.template.TemplateSuggester;
import dev.sessionhub.internal.template.TemplateValidator;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateSuggestion;
import dev.sessionhub.spi.SessionSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Templates: built-ins from code, custom ones from the template store, every version kept.
 * Only a template's creator may save a new version of it; built-in ids are reserved.
 */
final class TemplateService {

  /** How many of a user's most recent sessions suggestions look at. */
  static final int HISTORY_LIMIT = 1_000;

  private final HubContext ctx;

  TemplateService(HubContext ctx) {
    this.ctx = ctx;
  }

  Template save(String actor, TemplateDraft d) {
    Inputs.id("id", d.id());
    if (BuiltInTemplates.isBuiltIn(d.id())) {
      throw ValidationException.of("id", "'" + d.id() + "' is a built-in template id");
    }
    Optional<Template> latest = ctx.templates().latest(d.id());
    latest.ifPresent(t -> Access.requireTemplateCreator(actor, d.id(), t.createdBy()));
    int version = latest.map(t -> t.version() + 1).orElse(1);
    Template t = new Template(d.id(), version, d.name(), d.description(), d.type(), d.estimatedDuration(),
        d.defaultPriority(), d.difficulty(), d.tags(), d.parameters(), d.goals(), d.milestones(), false, actor,
        ctx.clock().instant());
    TemplateValidator.check(t);
    ctx.templates().insert(t);
    return t;
  }

  Template resolve(String templateId, @Nullable Integer version) {
    Inputs.id("templateId", templateId);
    Optional<Template> t = version == null ? latest(templateId) : find(templateId, version);
    return t.orElseThrow(() -> new NotFoundException("template", version == null ? templateId : templateId + " v" + version));
  }

  List<Template> versions(String templateId) {
    Inputs.id("templateId", templateId);
    List<Template> versions = BuiltInTemplates.find(templateId).map(List::of).orElseGet(() -> ctx.templates().versions(templateId));
    if (versions.isEmpty()) {
      throw new NotFoundException("template", templateId);
    }
    return versions;
  }

  List<Template> all() {
    List<Template> all = new ArrayList<>(BuiltInTemplates.all());
    all.addAll(ctx.templates().latestOfAll());
    return all;
  }

  List<TemplateSuggestion> suggest(String userId) {
    Inputs.actor(userId);
    SessionQuery q = SessionQuery.builder().member(userId).includeArchived(true).pageSize(HISTORY_LIMIT).build();
    List<Session> history = ctx.store().search(new SessionSearch(q, userId, null, HISTORY_LIMIT));
    return TemplateSuggester.suggest(all(), history, userId);
  }

  private Optional<Template> latest(String id) {
    Optional<Template> builtIn = BuiltInTemplates.find(id);
    return builtIn.isPresent() ? builtIn : ctx.templates().latest(id);
  }

  private Optional<Template> find(String id, int version) {
    Optional<Template> builtIn = BuiltInTemplates.find(id).filter(t -> t.version() == version);
    return BuiltInTemplates.isBuiltIn(id) ? builtIn : ctx.templates().find(id, version);
  }
}
