package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.CreateKey;
import dev.sessionhub.FromTemplate;
import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.SessionPatch;
import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.tck.AmbiguousStore.Failure;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Writes that fail with {@link StoreUnavailableException} before or after the store applied them
 * (a commit whose answer was lost), through a facade with a real local cache: no stale snapshot
 * is served afterwards, and a create retried with its create key makes one session.
 */
abstract class AmbiguousFailureTests extends HubTests {

  private AmbiguousStore flaky;

  @BeforeEach
  void buildCachedHub() {
    flaky = new AmbiguousStore(store());
    hub = SessionHub.builder().sessionStore(flaky).localCache(1_000, Duration.ofHours(1)).clock(clock).build();
  }

  private long sessionsOf(String user) {
    return hub.search(user, SessionQuery.builder().pageSize(50).build()).items().size();
  }

  private Session retried(Failure failure, Supplier<Session> create) {
    flaky.failNextWrite(failure);
    assertThatThrownBy(create::get).isInstanceOf(StoreUnavailableException.class);
    return create.get();
  }

  @ParameterizedTest(name = "failing {0} the write")
  @EnumSource(Failure.class)
  @DisplayName("a create retried with its key after StoreUnavailableException makes exactly one session")
  void createRetried(Failure failure) {
    CreateKey key = CreateKey.of("create-" + failure);
    Session s = retried(failure, () -> hub.create(ann, NewSession.named("Once"), key));
    assertThat(sessionsOf(ann)).isEqualTo(1);
    assertThat(hub.create(ann, NewSession.named("Once"), key)).isEqualTo(s);
    assertThat(s.createKey()).contains(key.value());
    assertThat(sessionsOf(ann)).isEqualTo(1);
  }

  @ParameterizedTest(name = "failing {0} the write")
  @EnumSource(Failure.class)
  @DisplayName("a create from a template retried with its key makes exactly one session")
  void templateCreateRetried(Failure failure) {
    CreateKey key = CreateKey.of("template-" + failure);
    Session s = retried(failure, () -> hub.createFromTemplate(ann, FromTemplate.of("bug-fix"), key));
    assertThat(hub.createFromTemplate(ann, FromTemplate.of("bug-fix"), key).id()).isEqualTo(s.id());
    assertThat(sessionsOf(ann)).isEqualTo(1);
  }

  @ParameterizedTest(name = "failing {0} the write")
  @EnumSource(Failure.class)
  @DisplayName("an import retried with its key returns the first import; without a key, the id is a duplicate")
  void importRetried(Failure failure) {
    SessionHub elsewhere = SessionHub.builder().clock(clock).build();
    Session original = elsewhere.create(ann, NewSession.named("Exported"));
    elsewhere.addComment(ann, original.id(), "kept");
    String export = elsewhere.exportJson(ann, original.id());
    CreateKey key = CreateKey.of("import-" + failure);

    Session imported = retried(failure, () -> hub.importJson(ann, export, key));

    assertThat(imported.id()).isEqualTo(original.id());
    assertThat(imported.commentCount()).isEqualTo(1);
    assertThat(hub.importJson(ann, export, key)).isEqualTo(imported);
    assertThatThrownBy(() -> hub.importJson(ann, export)).isInstanceOf(DuplicateIdException.class);
    assertThat(sessionsOf(ann)).isEqualTo(1);
  }

  @Test
  @DisplayName("a key names one user's create: another user's same key makes another session")
  void keysPerUser() {
    CreateKey key = CreateKey.of("shared-key");
    Session anns = hub.create(ann, NewSession.named("Ann's"), key);
    Session bobs = hub.create(bob, NewSession.named("Bob's"), key);
    assertThat(bobs.id()).isNotEqualTo(anns.id());
    assertThat(bobs.ownerId()).isEqualTo(bob);
    assertThat(hub.get(ann, anns.id()).name()).isEqualTo("Ann's");
  }

  @Test
  @DisplayName("after an edit that failed once stored, the next read serves the stored version, not the cached one")
  void editStoredThenFailed() {
    Session s = hub.create(ann, NewSession.named("Cached"));
    assertThat(hub.get(ann, s.id())).isEqualTo(s);
    flaky.failNextWrite(Failure.AFTER);
    assertThatThrownBy(() -> hub.update(ann, s.id(), s.version(), SessionPatch.empty().name("Stored")))
        .isInstanceOf(StoreUnavailableException.class);
    Session read = hub.get(ann, s.id());
    assertThat(read.name()).isEqualTo("Stored");
    assertThat(read.version()).isEqualTo(s.version() + 1);
  }

  @Test
  @DisplayName("after a comment that failed once stored, the next read counts it; one that failed before, does not")
  void appendStoredThenFailed() {
    Session s = hub.create(ann, NewSession.named("Cached"));
    hub.get(ann, s.id());
    flaky.failNextWrite(Failure.AFTER);
    assertThatThrownBy(() -> hub.addComment(ann, s.id(), "stored")).isInstanceOf(StoreUnavailableException.class);
    assertThat(hub.get(ann, s.id()).commentCount()).isEqualTo(1);
    flaky.failNextWrite(Failure.BEFORE);
    assertThatThrownBy(() -> hub.addComment(ann, s.id(), "lost")).isInstanceOf(StoreUnavailableException.class);
    assertThat(hub.get(ann, s.id()).commentCount()).isEqualTo(1);
    assertThat(hub.addComment(ann, s.id(), "next").number()).isEqualTo(2);
  }
}
