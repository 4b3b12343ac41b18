package dev.sessionhub.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.spi.ContentStore.StoredContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The file-system content store")
class FileSystemContentStoreTest {

  private static final String NS = "session-1";

  @TempDir
  Path dir;

  private Path root;
  private FileSystemContentStore store;

  @BeforeEach
  void setUp() {
    root = dir.resolve("store");
    store = FileSystemContentStore.builder(root).build();
  }

  @Nested
  @DisplayName("storing and reading")
  class RoundTrips {

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 3 * 1024 * 1024})
    @DisplayName("gives back exactly the bytes put, under their SHA-256")
    void roundTrip(int size) throws Exception {
      byte[] bytes = random(size, size);
      StoredContent stored = store.put(NS, new ByteArrayInputStream(bytes), Long.MAX_VALUE);

      assertThat(stored).isEqualTo(new StoredContent(sha256(bytes), size));
      assertThat(store.exists(NS, stored.sha256())).isTrue();
      assertThat(read(NS, stored.sha256())).isEqualTo(bytes);
    }

    @Test
    @DisplayName("lays content out as <namespace>/<first 2 hex>/<sha256>")
    void layout() {
      StoredContent stored = put(NS, "hello");
      String sha = stored.sha256();
      assertThat(root.resolve(NS).resolve(sha.substring(0, 2)).resolve(sha)).hasContent("hello");
    }

    @Test
    @DisplayName("stores the same bytes once per namespace, and separately in each namespace")
    void dedupe() throws IOException {
      StoredContent first = put(NS, "same");
      StoredContent second = put(NS, "same");
      put("other", "same");

      assertThat(second).isEqualTo(first);
      assertThat(contentFiles(root.resolve(NS))).hasSize(1);
      assertThat(contentFiles(root.resolve("other"))).hasSize(1);
    }

    @Test
    @DisplayName("reports content absent when the namespace or content was never stored")
    void absent() {
      String sha = sha256(new byte[] {1});
      assertThat(store.open(NS, sha)).isEmpty();
      assertThat(store.exists(NS, sha)).isFalse();
      assertThat(store.delete(NS, sha)).isFalse();
    }

    @Test
    @DisplayName("delete removes one content and says whether it was there")
    void deleteOne() {
      String sha = put(NS, "gone soon").sha256();
      String kept = put(NS, "kept").sha256();

      assertThat(store.delete(NS, sha)).isTrue();
      assertThat(store.delete(NS, sha)).isFalse();
      assertThat(store.exists(NS, sha)).isFalse();
      assertThat(store.exists(NS, kept)).isTrue();
    }
  }

  @Nested
  @DisplayName("untrusted names")
  class UntrustedNames {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"../x", "..", ".", "", "a/b", "a\\b", "/abs", ".tmp", "x\u0000y", "ümlaut", "sp ace",
        "12345678901234567890123456789012345678901234567890123456789012345"})
    @DisplayName("rejects a namespace outside [A-Za-z0-9_-]{1,64} and writes nothing, in the root or beside it")
    void badNamespace(String namespace) throws IOException {
      assertThatThrownBy(() -> put(namespace, "x"))
          .isInstanceOfSatisfying(ValidationException.class, e ->
              assertThat(e.violations()).extracting(Violation::path).containsExactly("namespace"));
      assertThatThrownBy(() -> store.deleteNamespace(namespace)).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> store.open(namespace, sha256(new byte[0]))).isInstanceOf(ValidationException.class);
      try (Stream<Path> all = Files.walk(dir)) {
        assertThat(all).containsExactlyInAnyOrder(dir, root);
      }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "abc", "../../../../etc/passwd", "..",
        "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555",
        "g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "e3/../../../../../../../../../../../../../../../../../../../../x"})
    @DisplayName("rejects a sha256 that is not 64 lowercase hex digits, and touches nothing")
    void badSha(String sha) {
      put(NS, "");
      assertThatThrownBy(() -> store.open(NS, sha)).isInstanceOfSatisfying(ValidationException.class, e ->
          assertThat(e.violations()).extracting(Violation::path).containsExactly("sha256"));
      assertThatThrownBy(() -> store.exists(NS, sha)).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> store.delete(NS, sha)).isInstanceOf(ValidationException.class);
      assertThat(store.exists(NS, sha256(new byte[0]))).isTrue();
    }
  }

  @Nested
  @DisplayName("size limit")
  class SizeLimit {

    @Test
    @DisplayName("accepts content of exactly the limit")
    void atLimit() {
      assertThat(store.put(NS, new ByteArrayInputStream(new byte[100]), 100).size()).isEqualTo(100);
    }

    @Test
    @DisplayName("rejects content one byte over the limit, leaving nothing behind")
    void overLimit() throws IOException {
      assertThatThrownBy(() -> store.put(NS, new ByteArrayInputStream(new byte[101]), 100))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
              .containsExactly(new Violation("content", "is larger than the limit of 100 bytes")));
      assertNothingStored();
    }

    @Test
    @DisplayName("applies the store's own ceiling when it is below the caller's limit")
    void storeCeiling() throws IOException {
      FileSystemContentStore small = FileSystemContentStore.builder(root).maxBytes(10).build();

      assertThat(small.put(NS, new ByteArrayInputStream(new byte[10]), 1000).size()).isEqualTo(10);
      assertThatThrownBy(() -> small.put("other", new ByteArrayInputStream(new byte[11]), 1000))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
              .containsExactly(new Violation("content", "is larger than the limit of 10 bytes")));
      assertThat(root.resolve("other")).doesNotExist();
      assertThat(temps()).isEmpty();
    }

    @Test
    @DisplayName("rejects a ceiling that is not positive")
    void badCeiling() {
      assertThatThrownBy(() -> FileSystemContentStore.builder(root).maxBytes(0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @DisplayName("failed uploads")
  class FailedUploads {

    @Test
    @DisplayName("a stream failing half-way leaves nothing and is reported as an UncheckedIOException")
    void failingStream() throws IOException {
      InputStream failing = new FailingAfter(200_000, () -> new IOException("connection reset"));

      assertThatThrownBy(() -> store.put(NS, failing, Long.MAX_VALUE))
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("connection reset");
      assertNothingStored();
    }

    @Test
    @DisplayName("a stream throwing an unchecked exception half-way leaves nothing and passes it on")
    void uncheckedFailure() throws IOException {
      InputStream failing = new FailingAfter(200_000, () -> new IllegalStateException("boom"));

      assertThatThrownBy(() -> store.put(NS, failing, Long.MAX_VALUE)).hasMessage("boom");
      assertNothingStored();
    }

    @Test
    @DisplayName("an upload whose thread is interrupted half-way leaves nothing")
    void interrupted() throws IOException {
      InputStream interrupting = new InputStream() {
        private int served;

        @Override
        public int read() {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          if (served == 3) {
            Thread.currentThread().interrupt();
          }
          if (served == 6) {
            return -1;
          }
          served++;
          return len;
        }
      };
      try {
        assertThatThrownBy(() -> store.put(NS, interrupting, Long.MAX_VALUE)).isInstanceOf(UncheckedIOException.class);
      } finally {
        Thread.interrupted();
      }
      assertNothingStored();
    }
  }

  @Nested
  @DisplayName("I/O failures")
  class IoFailures {

    @Test
    @DisplayName("open reports a failure other than not-found as an UncheckedIOException naming the path")
    void openFailure() throws IOException {
      Files.createDirectories(root);
      Files.writeString(root.resolve(NS), "a file where the namespace directory belongs");
      String sha = sha256(new byte[0]);

      assertThatThrownBy(() -> store.open(NS, sha))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining(root.resolve(NS).resolve("e3").resolve(sha).toString());
    }

    @Test
    @DisplayName("delete reports a failure other than not-found as an UncheckedIOException naming the path")
    void deleteFailure() throws IOException {
      String sha = sha256(new byte[0]);
      Path file = root.resolve(NS).resolve("e3").resolve(sha);
      Files.createDirectories(file);
      Files.writeString(file.resolve("blocker"), "x");

      assertThatThrownBy(() -> store.delete(NS, sha))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining(file.toString());
    }
  }

  @Nested
  @DisplayName("concurrency")
  class Concurrency {

    @Test
    @DisplayName("8 threads putting the same bytes at once all succeed and one file is stored")
    void concurrentIdenticalPuts() throws Exception {
      byte[] bytes = random(7, 512 * 1024);
      List<StoredContent> results = runTogether(8, () -> store.put(NS, new ByteArrayInputStream(bytes), Long.MAX_VALUE));

      assertThat(results).containsOnly(new StoredContent(sha256(bytes), bytes.length));
      assertThat(contentFiles(root.resolve(NS))).hasSize(1);
      assertThat(read(NS, sha256(bytes))).isEqualTo(bytes);
      assertThat(temps()).isEmpty();
    }

    @Test
    @DisplayName("deleteNamespace removes every file and a second call returns 0")
    void deleteNamespaceTwice() {
      for (int i = 0; i < 20; i++) {
        put(NS, "content " + i);
      }
      String other = put("other", "content 0").sha256();

      assertThat(store.deleteNamespace(NS)).isEqualTo(20);
      assertThat(store.deleteNamespace(NS)).isZero();
      assertThat(root.resolve(NS)).doesNotExist();
      assertThat(store.exists("other", other)).isTrue();
    }

    @Test
    @DisplayName("deleteNamespace of a namespace never written returns 0")
    void deleteMissingNamespace() {
      assertThat(store.deleteNamespace("never")).isZero();
    }

    @Test
    @DisplayName("4 threads deleting the same namespace at once together delete each file once")
    void concurrentDeleteNamespace() throws Exception {
      int files = 300;
      for (int i = 0; i < files; i++) {
        put(NS, "content " + i);
      }
      List<FileSystemContentStore> instances = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        instances.add(FileSystemContentStore.builder(root).build());
      }
      AtomicInteger next = new AtomicInteger();
      List<Integer> deleted = runTogether(4, () -> instances.get(next.getAndIncrement()).deleteNamespace(NS));

      assertThat(deleted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(files);
      assertThat(root.resolve(NS)).doesNotExist();
    }
  }

  private StoredContent put(String namespace, String text) {
    return store.put(namespace, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE);
  }

  private byte[] read(String namespace, String sha) throws IOException {
    try (InputStream in = store.open(namespace, sha).orElseThrow()) {
      return in.readAllBytes();
    }
  }

  private void assertNothingStored() throws IOException {
    assertThat(root.resolve(NS)).doesNotExist();
    assertThat(temps()).isEmpty();
  }

  private List<Path> temps() throws IOException {
    Path tmp = root.resolve(".tmp");
    if (!Files.exists(tmp)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(tmp)) {
      return files.toList();
    }
  }

  private static List<Path> contentFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  /** Runs the task on {@code threads} threads released together; returns every result. */
  private static <T> List<T> runTogether(int threads, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] random(long seed, int size) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Serves zero bytes, then throws what {@code failure} makes once {@code after} bytes were read. */
  private static final class FailingAfter extends InputStream {

    private final long after;
    private final Supplier<? extends Exception> failure;
    private long served;

    FailingAfter(long after, Supplier<? extends Exception> failure) {
      this.after = after;
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (served >= after) {
        Exception e = failure.get();
        if (e instanceof IOException io) {
          throw io;
        }
        throw (RuntimeException) e;
      }
      int n = (int) Math.min(len, after - served);
      served += n;
      return n;
    }
  }
}
