package dev.sessionhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.content.FileSystemContentStore;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.internal.memory.InMemorySessionStore;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Attachment;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.ContentStore;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import dev.sessionhub.testing.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Attachments through the facade, stored on the file system")
class AttachmentsTest {

  @TempDir
  Path root;

  private MutableClock clock;

  @BeforeEach
  void setUp() {
    clock = MutableClock.atNineOnNewYear();
  }

  private SessionHubBuilder hubWith() {
    return SessionHub.builder().contentStore(FileSystemContentStore.builder(root).build()).clock(clock);
  }

  private static Session newSession(SessionHub hub) {
    return hub.create("ann", NewSession.named("Fix login"));
  }

  private static Session upload(SessionHub hub, String sessionId, String name, String text) {
    return hub.uploadAttachment("ann", sessionId, name, "text/plain", bytes(text));
  }

  private static String download(SessionHub hub, String sessionId, String attachmentId) throws IOException {
    try (AttachmentContent content = hub.downloadAttachment("ann", sessionId, attachmentId)) {
      return new String(content.content().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private List<Path> storedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Nested
  @DisplayName("uploading and downloading")
  class UploadDownload {

    private SessionHub hub;

    @BeforeEach
    void setUp() {
      hub = hubWith().build();
    }

    @Test
    @DisplayName("a download gives back the uploaded bytes and is recorded in the activity log")
    void roundTrip() throws IOException {
      Session s = upload(hub, newSession(hub).id(), "notes.txt", "hello attachments");
      Attachment a = s.attachments().get(0);

      assertThat(a.name()).isEqualTo("notes.txt");
      assertThat(a.contentType()).isEqualTo("text/plain");
      assertThat(a.size()).isEqualTo(17);
      assertThat(a.version()).isEqualTo(1);
      assertThat(download(hub, s.id(), a.id())).isEqualTo("hello attachments");
      assertThat(hub.activity("ann", s.id(), null, 100).items())
          .filteredOn(e -> e.action().equals("attachment.download"))
          .singleElement()
          .satisfies(e -> {
            assertThat(e.actor()).isEqualTo("ann");
            assertThat(e.at()).isEqualTo(clock.instant());
            assertThat(e.delta()).containsEntry("attachment", a.id()).containsEntry("name", "notes.txt");
          });
    }

    @Test
    @DisplayName("uploading the same name again adds version 2 and keeps version 1 downloadable")
    void versions() throws IOException {
      String id = newSession(hub).id();
      upload(hub, id, "notes.txt", "first draft");
      Session s = upload(hub, id, "notes.txt", "second draft");

      assertThat(s.attachments()).extracting(Attachment::version).containsExactly(1, 2);
      assertThat(download(hub, id, s.attachments().get(0).id())).isEqualTo("first draft");
      assertThat(download(hub, id, s.attachments().get(1).id())).isEqualTo("second draft");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"../evil.txt", "a/b.txt", "..", "dir\\file.txt", "/etc/passwd"})
    @DisplayName("a name with a directory part is rejected and nothing is stored")
    void badName(String name) throws IOException {
      Session s = newSession(hub);

      assertThatThrownBy(() -> upload(hub, s.id(), name, "x"))
          .isInstanceOfSatisfying(ValidationException.class, e ->
              assertThat(e.violations()).extracting(Violation::path).isNotEmpty().containsOnly("name"));
      assertThat(storedFiles()).isEmpty();
      assertThat(hub.get("ann", s.id())).isEqualTo(s);
    }
  }

  @Nested
  @DisplayName("upload limits")
  class Limits {

    @Test
    @DisplayName("an upload over the size limit is rejected and the session is unchanged")
    void oversized() throws IOException {
      SessionHub hub = hubWith().attachments(10, Set.of()).build();
      Session s = newSession(hub);

      assertThatThrownBy(() -> upload(hub, s.id(), "big.txt", "eleven byte"))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
              .containsExactly(new Violation("content", "is larger than the limit of 10 bytes")));
      Session after = hub.get("ann", s.id());
      assertThat(after.version()).isEqualTo(s.version());
      assertThat(after.attachments()).isEmpty();
      assertThat(storedFiles()).isEmpty();
      assertThat(upload(hub, s.id(), "ok.txt", "ten bytes!").attachments()).hasSize(1);
    }

    @Test
    @DisplayName("a content type outside the allowed set is rejected")
    void disallowedType() throws IOException {
      SessionHub hub = hubWith().attachments(1000, Set.of("text/plain")).build();
      Session s = newSession(hub);

      assertThatThrownBy(() -> hub.uploadAttachment("ann", s.id(), "pic.png", "image/png", bytes("png")))
          .isInstanceOfSatisfying(ValidationException.class, e ->
              assertThat(e.violations()).extracting(Violation::path).containsExactly("contentType"));
      assertThat(storedFiles()).isEmpty();
      assertThat(hub.uploadAttachment("ann", s.id(), "a.txt", "text/plain; charset=utf-8", bytes("ok"))
          .attachments()).extracting(Attachment::contentType).containsExactly("text/plain");
    }
  }

  @Nested
  @DisplayName("purging archived sessions' content")
  class Purge {

    private SessionHub hub;

    @BeforeEach
    void setUp() {
      hub = hubWith().attachmentRetention(Duration.ofDays(1)).build();
    }

    private Session archivedWithTwoFiles() {
      String id = newSession(hub).id();
      upload(hub, id, "a.txt", "alpha");
      Session s = upload(hub, id, "b.txt", "beta");
      return hub.archive("ann", id, s.version());
    }

    @Test
    @DisplayName("deletes the content of sessions archived longer than the retention, once")
    void purgesExpired() {
      Session expired = archivedWithTwoFiles();
      clock.advance(Duration.ofDays(1).plusSeconds(1));

      assertThat(hub.purgeArchivedAttachments()).isEqualTo(2);
      assertThatThrownBy(() -> hub.downloadAttachment("ann", expired.id(), expired.attachments().get(0).id()))
          .isInstanceOf(NotFoundException.class);
      assertThat(hub.purgeArchivedAttachments()).isZero();
    }

    @Test
    @DisplayName("keeps the content of a session archived more recently than the retention")
    void keepsRecent() throws IOException {
      Session expired = archivedWithTwoFiles();
      clock.advance(Duration.ofHours(25));
      Session recent = archivedWithTwoFiles();
      clock.advance(Duration.ofHours(1));

      assertThat(hub.purgeArchivedAttachments()).isEqualTo(2);
      assertThat(download(hub, recent.id(), recent.attachments().get(0).id())).isEqualTo("alpha");
      assertThat(download(hub, recent.id(), recent.attachments().get(1).id())).isEqualTo("beta");
      assertThatThrownBy(() -> hub.downloadAttachment("ann", expired.id(), expired.attachments().get(1).id()))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Nested
  @DisplayName("when recording a download fails")
  class RecordingFails {

    @Test
    @DisplayName("the content stream opened for it is closed and the failure passed on")
    void closesStream() {
      FailingActivityStore sessions = new FailingActivityStore();
      ClosingTracker content = new ClosingTracker(FileSystemContentStore.builder(root).build());
      SessionHub hub = hubWith().sessionStore(sessions).contentStore(content).build();
      Session s = upload(hub, newSession(hub).id(), "notes.txt", "hello");
      sessions.failActivity = true;

      assertThatThrownBy(() -> hub.downloadAttachment("ann", s.id(), s.attachments().get(0).id()))
          .isInstanceOf(StoreUnavailableException.class);
      assertThat(content.opened).isEqualTo(1);
      assertThat(content.closed).isEqualTo(1);
    }
  }

  /** The in-memory store, except that appending activity can be made to fail. */
  private static final class FailingActivityStore implements SessionStore {

    private final SessionStore delegate = new InMemorySessionStore();
    volatile boolean failActivity;

    @Override
    public Optional<Session> find(String sessionId) {
      return delegate.find(sessionId);
    }

    @Override
    public void insert(SessionWrite write) {
      delegate.insert(write);
    }

    @Override
    public void update(SessionWrite write) {
      delegate.update(write);
    }

    @Override
    public Optional<Comment> findComment(String sessionId, String commentId) {
      return delegate.findComment(sessionId, commentId);
    }

    @Override
    public List<Comment> comments(String sessionId, long afterNumber, int limit) {
      return delegate.comments(sessionId, afterNumber, limit);
    }

    @Override
    public List<Session> search(SessionSearch search) {
      return delegate.search(search);
    }

    @Override
    public ActivityEntry appendActivity(ActivityEntry entry) {
      if (failActivity) {
        throw new StoreUnavailableException("activity log is down", new IOException("down"));
      }
      return delegate.appendActivity(entry);
    }

    @Override
    public List<ActivityEntry> activity(String sessionId, long afterSeq, int limit) {
      return delegate.activity(sessionId, afterSeq, limit);
    }

    @Override
    public List<String> archivedBefore(Instant before, @Nullable String afterId, int limit) {
      return delegate.archivedBefore(before, afterId, limit);
    }
  }

  /** A content store that counts the streams it opens and how many of them were closed. */
  private static final class ClosingTracker implements ContentStore {

    private final ContentStore delegate;
    int opened;
    int closed;

    ClosingTracker(ContentStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public StoredContent put(String namespace, InputStream content, long maxBytes) {
      return delegate.put(namespace, content, maxBytes);
    }

    @Override
    public Optional<InputStream> open(String namespace, String sha256) {
      return delegate.open(namespace, sha256).map(in -> {
        opened++;
        return new FilterInputStream(in) {
          @Override
          public void close() throws IOException {
            closed++;
            super.close();
          }
        };
      });
    }

    @Override
    public boolean exists(String namespace, String sha256) {
      return delegate.exists(namespace, sha256);
    }

    @Override
    public boolean delete(String namespace, String sha256) {
      return delegate.delete(namespace, sha256);
    }

    @Override
    public int deleteNamespace(String namespace) {
      return delegate.deleteNamespace(namespace);
    }
  }
}
