package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Template;
import dev.sessionhub.spi.TemplateStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@link TemplateStore} on a relational database: one row per (id, version) with the codec's JSON. */
public final class JdbcTemplateStore implements TemplateStore {

  private final Db db;
  private final Tables t;
  private final SessionJson json;

  JdbcTemplateStore(Db db, Tables t, SessionJson json) {
    this.db = db;
    this.t = t;
    this.json = json;
  }

  @Override
  public void insert(Template template) {
    Objects.requireNonNull(template, "template");
    String document = json.writeTemplate(template);
    db.write(h -> {
      try {
        return h.execute("INSERT INTO " + t.templates() + " (id, version, document) VALUES (?, ?, ?)",
            template.id(), template.version(), document);
      } catch (RuntimeException e) {
        if (Failures.uniqueViolation(e)) {
          throw new DuplicateIdException("template", template.id() + " v" + template.version());
        }
        throw e;
      }
    });
  }

  @Override
  public Optional<Template> find(String templateId, int version) {
    Objects.requireNonNull(templateId, "templateId");
    return db.read(h -> h.createQuery("SELECT document FROM " + t.templates() + " WHERE id = ? AND version = ?")
        .bind(0, templateId).bind(1, version).mapTo(String.class).findOne()).map(json::readTemplate);
  }

  @Override
  public Optional<Template> latest(String templateId) {
    Objects.requireNonNull(templateId, "templateId");
    return db.read(h -> h.createQuery("SELECT document FROM " + t.templates()
            + " WHERE id = ? ORDER BY version DESC LIMIT 1")
        .bind(0, templateId).mapTo(String.class).findOne()).map(json::readTemplate);
  }

  @Override
  public List<Template> versions(String templateId) {
    Objects.requireNonNull(templateId, "templateId");
    return db.read(h -> h.createQuery("SELECT document FROM " + t.templates() + " WHERE id = ? ORDER BY version")
        .bind(0, templateId).mapTo(String.class).list()).stream().map(json::readTemplate).toList();
  }

  @Override
  public List<Template> latestOfAll() {
    return db.read(h -> h.createQuery("SELECT t.document FROM " + t.templates() + " t WHERE t.version ="
            + " (SELECT MAX(v.version) FROM " + t.templates() + " v WHERE v.id = t.id) ORDER BY t.id")
        .mapTo(String.class).list()).stream().map(json::readTemplate).toList();
  }
}
