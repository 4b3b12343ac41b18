package dev.sessionhub.internal.hub;

import dev.sessionhub.CreateKey;
import dev.sessionhub.FromTemplate;
import dev.sessionhub.NewSession;
import dev.sessionhub.Operation;
import dev.sessionhub.SessionPatch;
import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.internal.domain.Lifecycle;
import dev.sessionhub.internal.domain.ProgressCalculator;
import dev.sessionhub.internal.template.TemplateInstantiator;
import dev.sessionhub.json.SessionExport;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.ProgressReport;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.Template;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Creating, reading, editing, transitioning, exporting and importing sessions. */
final class SessionService {

  private final HubContext ctx;
  private final SessionWriter writer;
  private final TemplateService templates;

  SessionService(HubContext ctx, SessionWriter writer, TemplateService templates) {
    this.ctx = ctx;
    this.writer = writer;
    this.templates = templates;
  }

  Session create(String actor, NewSession spec, @Nullable CreateKey key) {
    Inputs.check(spec);
    Instant now = ctx.clock().instant();
    Session s = base(actor, key, now)
        .name(spec.name()).description(spec.description()).type(spec.type()).priority(spec.priority())
        .estimatedDuration(spec.estimatedDuration()).settings(spec.settings())
        .metadata(new SessionMetadata(spec.tags(), spec.skills(), spec.difficulty()))
        .customFields(spec.customFields())
        .build();
    return writer.insert(actor, Operation.CREATE, s, List.of());
  }

  Session createFromTemplate(String actor, FromTemplate spec, @Nullable CreateKey key) {
    Inputs.id("templateId", spec.templateId());
    Template t = templates.resolve(spec.templateId(), spec.version());
    Instant now = ctx.clock().instant();
    TemplateInstantiator.Instantiation inst = TemplateInstantiator.instantiate(t, spec.parameters(), ctx.ids(), now);
    Session s = base(actor, key, now)
        .name(spec.name() != null ? spec.name() : inst.name())
        .description(spec.description() != null ? spec.description() : inst.description())
        .type(t.type())
        .priority(spec.priority() != null ? spec.priority() : t.defaultPriority())
        .estimatedDuration(spec.estimatedDuration() != null ? spec.estimatedDuration() : t.estimatedDuration())
        .template(t.ref())
        .goals(inst.goals())
        .milestones(inst.milestones())
        .metadata(new SessionMetadata(t.tags(), List.of(), t.difficulty()))
        .build();
    return writer.insert(actor, Operation.CREATE, s, List.of());
  }

  /** A new session's common parts; with a create key, its id is the key's. */
  private Session.Builder base(String actor, @Nullable CreateKey key, Instant now) {
    String id = key == null ? ctx.ids().newId() : CreateKeys.sessionId(actor, key);
    return Session.builder().id(id).version(1).createdAt(now).updatedAt(now)
        .createKey(key == null ? null : key.value())
        .collaborators(List.of(new Collaborator(actor, Role.OWNER, now)));
  }

  Session get(String actor, String sessionId, Operation op) {
    return writer.loadAuthorized(actor, sessionId, op);
  }

  Session update(String actor, String sessionId, long expectedVersion, SessionPatch p) {
    Inputs.check(p);
    return writer.edit(actor, sessionId, expectedVersion, Operation.UPDATE, (s, now) -> {
      Session.Builder b = s.toBuilder();
      if (p.name() != null) {
        b.name(p.name());
      }
      if (p.description() != null) {
        b.description(p.description());
      }
      if (p.type() != null) {
        b.type(p.type());
      }
      if (p.priority() != null) {
        b.priority(p.priority());
      }
      if (p.estimatedDuration() != null) {
        b.estimatedDuration(p.estimatedDuration());
      }
      if (p.settings() != null) {
        b.settings(p.settings());
      }
      if (p.metadata() != null) {
        b.metadata(p.metadata());
      }
      if (p.customFields() != null) {
        b.customFields(p.customFields());
      }
      return SessionWriter.Outcome.of(b.build());
    });
  }

  Session transition(String actor, String sessionId, long expectedVersion, LifecycleAction action) {
    Operation op = Operation.valueOf(action.name());
    return writer.edit(actor, sessionId, expectedVersion, op,
        (s, now) -> SessionWriter.Outcome.of(Lifecycle.apply(s, action, actor, now)));
  }

  ProgressReport progress(String actor, String sessionId) {
    return ProgressCalculator.report(get(actor, sessionId, Operation.PROGRESS), ctx.clock().instant());
  }

  String exportJson(String actor, String sessionId) {
    Session s = get(actor, sessionId, Operation.EXPORT);
    List<Comment> comments = new ArrayList<>();
    long after = 0;
    while (true) {
      List<Comment> page = ctx.store().comments(sessionId, after, 500);
      for (Comment c : page) {
        if (c.number() <= s.commentCount()) {
          comments.add(c);
        }
      }
      if (page.size() < 500) {
        break;
      }
      after = page.get(page.size() - 1).number();
    }
    return ctx.json().writeExport(new SessionExport(s, comments));
  }

  Session importJson(String actor, String json, @Nullable CreateKey key) {
    if (json == null || json.isBlank()) {
      throw ValidationException.of("json", "must not be blank");
    }
    SessionExport export = ctx.json().readExport(json);
    Session s = export.session();
    if (key != null) {
      s = s.toBuilder().createKey(key.value()).build();
    }
    Access.requireImporter(actor, s);
    ImportChecks.check(s, export.comments(), ctx.clock().instant());
    try {
      return writer.insert(actor, Operation.IMPORT, s, export.comments());
    } catch (DuplicateIdException e) {
      // Another's session with this id is not the actor's to know about.
      if (ctx.store().find(s.id()).filter(existing -> existing.roleOf(actor).isPresent()).isEmpty()) {
        throw new NotFoundException("session", s.id());
      }
      throw e;
    }
  }
}
