package dev.sessionhub.spi;

import dev.sessionhub.model.Template;
import java.util.List;
import java.util.Optional;

/**
 * Port: where custom templates are kept, every version of each. Built-in templates are not
 * stored; they ship in code. Implementations must be thread-safe.
 *
 * <p>Errors: inserting an (id, version) pair already stored throws
 * {@code dev.sessionhub.error.DuplicateIdException} and writes nothing.
 */
public interface TemplateStore {

  /** Stores one version of a template. */
  void insert(Template template);

  /** One version of a template, if stored. */
  Optional<Template> find(String templateId, int version);

  /** The highest stored version of a template, if any. */
  Optional<Template> latest(String templateId);

  /** Every stored version of a template, oldest first; empty if unknown. */
  List<Template> versions(String templateId);

  /** The latest version of every stored template, sorted by id ({@link String#compareTo}). */
  List<Template> latestOfAll();
}
