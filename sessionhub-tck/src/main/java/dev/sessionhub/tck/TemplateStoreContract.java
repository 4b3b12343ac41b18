package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.model.Template;
import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.tck.Concurrently.Outcome;
import dev.sessionhub.tck.data.SessionGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TemplateStore} passes. Extend it in your adapter's tests:
 *
 * <pre>
 * class MyTemplateStoreTest extends TemplateStoreContract {
 *   &#64;Override protected TemplateStore createStore() { return new MyTemplateStore(dataSource); }
 *   &#64;Override protected void cleanUp(TemplateStore store) { truncateTables(); }
 * }
 * </pre>
 *
 * <p>{@link #createStore()} is called before every test and {@link #cleanUp(TemplateStore)}
 * after it. Template ids are fresh for every test, so templates an earlier test left behind do
 * not change the outcome. It checks round trips of generated templates, that ids compare exactly
 * (case-sensitive), versions oldest first, the latest version of one template and of all, and
 * that an (id, version) pair is stored once, also when two threads race to insert it.
 */
public abstract class TemplateStoreContract {

  private final SessionGenerator generator = new SessionGenerator(2026L);
  private @Nullable TemplateStore store;

  /** For subclasses. */
  protected TemplateStoreContract() {}

  /** The store to test, connected to an empty or cleaned-up backend; called before each test. */
  protected abstract TemplateStore createStore();

  /** Releases or truncates what {@link #createStore()} set up; called after each test. Does nothing unless overridden. */
  protected void cleanUp(TemplateStore store) {}

  @BeforeEach
  void openStore() {
    store = Objects.requireNonNull(createStore(), "createStore() returned null");
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      cleanUp(store);
    }
  }

  private TemplateStore store() {
    return Objects.requireNonNull(store, "no store: createStore() has not run");
  }

  /** A generated template with a fresh id, at {@code version}. */
  private Template template(int version) {
    Template t = generator.nextTemplate();
    return withId(t.asVersion(version, t.createdBy(), t.createdAt()), unique("tpl"));
  }

  private static Template withId(Template t, String id) {
    return new Template(id, t.version(), t.name(), t.description(), t.type(), t.estimatedDuration(),
        t.defaultPriority(), t.difficulty(), t.tags(), t.parameters(), t.goals(), t.milestones(), t.builtIn(),
        t.createdBy(), t.createdAt());
  }

  private static Template versionOf(Template t, int version) {
    return t.asVersion(version, "editor-" + version, t.createdAt().plusSeconds(version));
  }

  @Nested
  @DisplayName("a template round trip")
  class TemplateRoundTrip {

    @Test
    @DisplayName("find returns each of 100 generated templates exactly as inserted")
    void generated() {
      List<Template> inserted = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        Template t = template(1 + i % 5);
        store().insert(t);
        inserted.add(t);
      }
      for (Template t : inserted) {
        assertThat(store().find(t.id(), t.version())).contains(t);
        assertThat(store().latest(t.id())).contains(t);
        assertThat(store().versions(t.id())).containsExactly(t);
      }
    }

    @Test
    @DisplayName("template ids differing only in case are two templates, each with its own versions")
    void exactIds() {
      String base = unique("tpl");
      Template lower = withId(template(1), base + "-abc");
      Template upper = withId(template(1), base + "-ABC");
      Template upper2 = versionOf(upper, 2);

      List.of(lower, upper, upper2).forEach(store()::insert);

      assertThat(store().versions(lower.id())).containsExactly(lower);
      assertThat(store().versions(upper.id())).containsExactly(upper, upper2);
      assertThat(store().latest(lower.id())).contains(lower);
      assertThat(store().find(base + "-Abc", 1)).isEmpty();
      assertThat(store().latestOfAll()).contains(lower, upper2);
    }

    @Test
    @DisplayName("a template that is not stored is found nowhere")
    void unknown() {
      String id = unique("tpl");
      assertThat(store().find(id, 1)).isEmpty();
      assertThat(store().latest(id)).isEmpty();
      assertThat(store().versions(id)).isEmpty();
    }
  }

  @Nested
  @DisplayName("template versions")
  class TemplateVersions {

    @Test
    @DisplayName("are listed oldest first, whatever order they were inserted in")
    void oldestFirst() {
      Template v1 = template(1);
      Template v3 = versionOf(v1, 3);
      Template v2 = versionOf(v1, 2);
      Template v10 = versionOf(v1, 10);

      List.of(v3, v1, v10, v2).forEach(store()::insert);

      assertThat(store().versions(v1.id())).containsExactly(v1, v2, v3, v10);
      assertThat(store().find(v1.id(), 2)).contains(v2);
      assertThat(store().find(v1.id(), 4)).isEmpty();
    }

    @Test
    @DisplayName("latest is the highest version, not the last inserted")
    void latest() {
      Template v1 = template(1);
      Template v9 = versionOf(v1, 9);
      Template v11 = versionOf(v1, 11);

      List.of(v9, v11, v1).forEach(store()::insert);

      assertThat(store().latest(v1.id())).contains(v11);
    }

    @Test
    @DisplayName("latestOfAll lists the latest version of every template, sorted by id")
    void latestOfAll() {
      List<Template> latest = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Template first = template(1);
        store().insert(first);
        if (i % 2 == 0) {
          Template second = versionOf(first, 2);
          store().insert(second);
          latest.add(second);
        } else {
          latest.add(first);
        }
      }
      Set<String> ids = latest.stream().map(Template::id).collect(Collectors.toSet());

      List<Template> all = store().latestOfAll();

      assertThat(all).extracting(Template::id).isSorted().doesNotHaveDuplicates();
      assertThat(all.stream().filter(t -> ids.contains(t.id())).toList())
          .containsExactlyElementsOf(latest.stream().sorted(Comparator.comparing(Template::id)).toList());
    }
  }

  @Nested
  @DisplayName("a template insert")
  class TemplateInserts {

    @Test
    @DisplayName("of a stored (id, version) throws DuplicateIdException and keeps the stored one")
    void duplicate() {
      Template first = template(1);
      store().insert(first);
      Template other = first.asVersion(1, "someone else", Instant.parse("2030-01-01T00:00:00Z"));

      assertThatThrownBy(() -> store().insert(other)).isInstanceOf(DuplicateIdException.class);

      assertThat(store().find(first.id(), 1)).contains(first);
      assertThat(store().versions(first.id())).containsExactly(first);
    }

    @Test
    @DisplayName("of the same (id, version) by two racing threads succeeds exactly once, 30 rounds over")
    void racing() {
      for (int round = 0; round < 30; round++) {
        Template a = template(1);
        Template b = a.asVersion(1, "racer b", a.createdAt().plusSeconds(1));
        List<Outcome<Template>> outcomes = Concurrently.run(List.of(insert(a), insert(b)));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).first().extracting(Outcome::error)
            .isInstanceOf(DuplicateIdException.class);
        Template winner = outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow().value();
        assertThat(store().versions(a.id())).containsExactly(winner);
      }
    }

    private Callable<Template> insert(Template t) {
      return () -> {
        store().insert(t);
        return t;
      };
    }
  }
}
