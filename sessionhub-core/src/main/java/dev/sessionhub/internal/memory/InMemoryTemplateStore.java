package dev.sessionhub.internal.memory;

import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.model.Template;
import dev.sessionhub.spi.TemplateStore;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The reference {@link TemplateStore}: every version of every template, in memory.
 *
 * <p>Thread-safe: templates are kept in concurrent sorted maps (by id, then by version), and
 * an insert is one {@code putIfAbsent}, so of two racing inserts of one (id, version) exactly
 * one succeeds. Readers never lock.
 */
public final class InMemoryTemplateStore implements TemplateStore {

  private final ConcurrentNavigableMap<String, ConcurrentNavigableMap<Integer, Template>> templates =
      new ConcurrentSkipListMap<>();

  /** An empty store. */
  public InMemoryTemplateStore() {}

  @Override
  public void insert(Template template) {
    Objects.requireNonNull(template, "template");
    Template stored = templates.computeIfAbsent(template.id(), id -> new ConcurrentSkipListMap<>())
        .putIfAbsent(template.version(), template);
    if (stored != null) {
      throw new DuplicateIdException("template", template.id() + " v" + template.version());
    }
  }

  @Override
  public Optional<Template> find(String templateId, int version) {
    return versionsOf(templateId).map(v -> v.get(version));
  }

  @Override
  public Optional<Template> latest(String templateId) {
    return versionsOf(templateId).map(NavigableMap::lastEntry).map(Map.Entry::getValue);
  }

  @Override
  public List<Template> versions(String templateId) {
    return versionsOf(templateId).map(v -> List.copyOf(v.values())).orElse(List.of());
  }

  @Override
  public List<Template> latestOfAll() {
    return templates.keySet().stream().map(this::latest).flatMap(Optional::stream).toList();
  }

  private Optional<NavigableMap<Integer, Template>> versionsOf(String templateId) {
    return Optional.ofNullable(templates.get(Objects.requireNonNull(templateId, "templateId")));
  }
}
