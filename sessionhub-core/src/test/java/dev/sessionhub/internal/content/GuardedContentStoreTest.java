package dev.sessionhub.internal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.content.FileSystemContentStore;
import dev.sessionhub.error.SessionHubException;
import dev.sessionhub.error.StoreUnavailableException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.spi.ContentStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The content-store guard")
class GuardedContentStoreTest {

  /** A store that accepts anything and records what reached it, like a careless adapter. */
  private static final class Careless implements ContentStore {
    final List<String> reached = new ArrayList<>();
    String answer = "ab".repeat(32);

    @Override
    public StoredContent put(String namespace, InputStream content, long maxBytes) {
      reached.add(namespace);
      return new StoredContent(answer, 1);
    }

    @Override
    public Optional<InputStream> open(String namespace, String sha256) {
      reached.add(namespace + "/" + sha256);
      return Optional.empty();
    }

    @Override
    public boolean exists(String namespace, String sha256) {
      reached.add(namespace + "/" + sha256);
      return false;
    }

    @Override
    public boolean delete(String namespace, String sha256) {
      reached.add(namespace + "/" + sha256);
      return false;
    }

    @Override
    public int deleteNamespace(String namespace) {
      reached.add(namespace);
      return 0;
    }
  }

  @Test
  @DisplayName("hands a store no namespace that is not an id and no hash that is not 64 lower-case hex digits")
  void refusesPathsAndKeys() {
    Careless store = new Careless();
    GuardedContentStore guard = new GuardedContentStore(store);
    String good = "0f".repeat(32);
    for (String namespace : new String[] {"..", "../x", "a/b", "", "a\u0000", "x".repeat(65)}) {
      assertThatThrownBy(() -> guard.deleteNamespace(namespace)).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> guard.open(namespace, good)).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> guard.put(namespace, new ByteArrayInputStream(new byte[0]), 10))
          .isInstanceOf(ValidationException.class);
    }
    for (String hash : new String[] {"../../secret.txt", "AB".repeat(32), "ab".repeat(31), good + "0", good.substring(1) + "/"}) {
      assertThatThrownBy(() -> guard.open("s1", hash)).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> guard.exists("s1", hash)).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> guard.delete("s1", hash)).isInstanceOf(ValidationException.class);
    }
    assertThat(store.reached).isEmpty();
    assertThat(guard.open("s1", good)).isEmpty();
    assertThat(store.reached).containsExactly("s1/" + good);
  }

  @Test
  @DisplayName("refuses a store's answer that is not a hash, so it never becomes an attachment's key")
  void refusesMalformedAnswers() {
    Careless store = new Careless();
    store.answer = "../../secret.txt";
    GuardedContentStore guard = new GuardedContentStore(store);
    assertThatThrownBy(() -> guard.put("s1", new ByteArrayInputStream(new byte[] {1}), 10))
        .isInstanceOf(SessionHubException.class).hasMessageContaining("malformed SHA-256");
  }

  @Test
  @DisplayName("turns an upload stream that fails midway into a validation error on content, with nothing stored")
  void uploadThatBreaksOff(@TempDir Path root) throws IOException {
    GuardedContentStore guard = new GuardedContentStore(FileSystemContentStore.builder(root).build());
    InputStream breaksOff = new InputStream() {
      private int sent;

      @Override
      public int read() throws IOException {
        if (sent++ < 10_000) {
          return 'x';
        }
        throw new IOException("connection reset by peer");
      }
    };
    assertThatThrownBy(() -> guard.put("s1", breaksOff, 1 << 20))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> {
              assertThat(v.path()).isEqualTo("content");
              assertThat(v.message()).contains("connection reset by peer", "nothing was stored");
            }));
    try (var files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  @DisplayName("turns a store's own failure into StoreUnavailableException, on every method")
  void storeFailure(@TempDir Path dir) throws IOException {
    Path root = dir.resolve("content");
    GuardedContentStore guard = new GuardedContentStore(FileSystemContentStore.builder(root).build());
    String hash = guard.put("s1", new ByteArrayInputStream(new byte[] {1, 2, 3}), 10).sha256();
    // the root replaced by a plain file: every call now fails inside the file-system store
    try (var files = Files.walk(root)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Files.writeString(root, "not a directory");
    assertThatThrownBy(() -> guard.put("s1", new ByteArrayInputStream(new byte[] {4}), 10))
        .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("namespace s1");
    assertThatThrownBy(() -> guard.deleteNamespace("s1")).isInstanceOf(StoreUnavailableException.class);
    assertThatThrownBy(() -> guard.delete("s1", hash)).isInstanceOf(StoreUnavailableException.class);
  }

  @Test
  @DisplayName("gives back, unchanged, an unchecked exception the caller's own upload stream threw")
  void callersOwnException(@TempDir Path root) throws IOException {
    GuardedContentStore guard = new GuardedContentStore(FileSystemContentStore.builder(root).build());
    IllegalStateException tooLarge = new IllegalStateException("the HTTP layer's limit");
    InputStream limited = new InputStream() {
      @Override
      public int read() {
        throw tooLarge;
      }
    };
    assertThatThrownBy(() -> guard.put("s1", limited, 1 << 20)).isSameAs(tooLarge);
    try (var files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }
}
