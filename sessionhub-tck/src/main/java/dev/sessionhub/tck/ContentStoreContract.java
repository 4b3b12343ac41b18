package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.error.Violation;
import dev.sessionhub.spi.ContentStore;
import dev.sessionhub.spi.ContentStore.StoredContent;
import dev.sessionhub.tck.Concurrently.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ContentStore} passes. Extend it in your adapter's tests:
 *
 * <pre>
 * class MyContentStoreTest extends ContentStoreContract {
 *   &#64;TempDir Path root;
 *   &#64;Override protected ContentStore createContentStore() { return new MyContentStore(root); }
 * }
 * </pre>
 *
 * <p>{@link #createContentStore()} is called before every test and
 * {@link #cleanUp(ContentStore)} after it. Namespaces are fresh for every test (of the form
 * {@code ns-} and ten lowercase letters or digits) and {@code maxBytes} is always positive. It
 * checks round trips of random bytes up to 1 MiB with the right size and lowercase hex SHA-256,
 * that the same bytes are kept once (also when threads race to put them), that a put over the
 * limit or from a failing stream leaves nothing behind, deletion of one content and of a whole
 * namespace, that namespaces are isolated and compared exactly, and that every method rejects a
 * namespace or content name outside the rules of {@link ContentStore} (path traversal, separators,
 * NUL, absolute paths, empty, over-long, non-hex) with a {@code ValidationException}.
 */
public abstract class ContentStoreContract {

  private static final int MIB = 1024 * 1024;
  private static final long LIMIT = 2L * MIB;

  private final Random random = new Random(5L);
  private @Nullable ContentStore store;

  /** For subclasses. */
  protected ContentStoreContract() {}

  /** The content store to test, empty or cleaned up; called before each test. */
  protected abstract ContentStore createContentStore();

  /** Releases or deletes what {@link #createContentStore()} set up; called after each test. Does nothing unless overridden. */
  protected void cleanUp(ContentStore store) {}

  @BeforeEach
  void openStore() {
    store = Objects.requireNonNull(createContentStore(), "createContentStore() returned null");
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      cleanUp(store);
    }
  }

  private ContentStore store() {
    return Objects.requireNonNull(store, "no store: createContentStore() has not run");
  }

  @Nested
  @DisplayName("put and open")
  class PutAndOpen {

    @Test
    @DisplayName("round-trip random bytes of every size from empty to 1 MiB, with their size and SHA-256")
    void roundTrip() {
      String ns = unique("ns");
      for (int size : new int[] {0, 1, 100, 8_191, 8_192, 8_193, 65_537, MIB}) {
        byte[] bytes = randomBytes(size);

        StoredContent stored = store().put(ns, new ByteArrayInputStream(bytes), LIMIT);

        assertThat(stored).isEqualTo(new StoredContent(sha256(bytes), size));
        assertThat(store().exists(ns, stored.sha256())).isTrue();
        assertThat(read(ns, stored.sha256())).as("%d bytes", size).contains(bytes);
      }
    }

    @Test
    @DisplayName("accept content of exactly maxBytes")
    void exactlyTheLimit() {
      String ns = unique("ns");
      byte[] bytes = randomBytes(10_000);

      StoredContent stored = store().put(ns, new ByteArrayInputStream(bytes), bytes.length);

      assertThat(read(ns, stored.sha256())).contains(bytes);
    }

    @Test
    @DisplayName("find nothing for content never put")
    void unknown() {
      String sha = sha256(randomBytes(10));

      assertThat(store().exists(unique("ns"), sha)).isFalse();
      assertThat(store().open(unique("ns"), sha)).isEmpty();
    }
  }

  @Nested
  @DisplayName("the same bytes")
  class SameBytes {

    @Test
    @DisplayName("put twice are stored once, at the same address")
    void storedOnce() {
      String ns = unique("ns");
      byte[] bytes = randomBytes(5_000);

      StoredContent first = store().put(ns, new ByteArrayInputStream(bytes), LIMIT);
      StoredContent second = store().put(ns, new ByteArrayInputStream(bytes), LIMIT);

      assertThat(second).isEqualTo(first);
      assertThat(read(ns, first.sha256())).contains(bytes);
      assertThat(store().deleteNamespace(ns)).isEqualTo(1);
    }

    @Test
    @DisplayName("put by 8 threads at once all succeed, and are stored once")
    void concurrentPuts() {
      String ns = unique("ns");
      byte[] bytes = randomBytes(300_000);

      List<Outcome<StoredContent>> outcomes =
          Concurrently.run(8, () -> store().put(ns, new ByteArrayInputStream(bytes), LIMIT));

      assertThat(outcomes).allMatch(Outcome::succeeded).extracting(Outcome::value)
          .containsOnly(new StoredContent(sha256(bytes), bytes.length));
      assertThat(read(ns, sha256(bytes))).contains(bytes);
      assertThat(store().deleteNamespace(ns)).isEqualTo(1);
    }

    @Test
    @DisplayName("in two namespaces are kept apart: each sees, opens and deletes only its own")
    void namespacesIsolated() {
      String a = unique("ns");
      String b = unique("ns");
      byte[] onlyInA = randomBytes(1_000);
      byte[] inBoth = randomBytes(1_000);
      store().put(a, new ByteArrayInputStream(onlyInA), LIMIT);
      store().put(a, new ByteArrayInputStream(inBoth), LIMIT);
      store().put(b, new ByteArrayInputStream(inBoth), LIMIT);

      assertThat(store().exists(b, sha256(onlyInA))).isFalse();
      assertThat(store().open(b, sha256(onlyInA))).isEmpty();
      assertThat(store().delete(b, sha256(onlyInA))).isFalse();
      assertThat(store().delete(b, sha256(inBoth))).isTrue();
      assertThat(read(a, sha256(inBoth))).contains(inBoth);
      assertThat(store().deleteNamespace(b)).isZero();
      assertThat(store().deleteNamespace(a)).isEqualTo(2);
    }
  }

  @Nested
  @DisplayName("a failed put")
  class FailedPut {

    @Test
    @DisplayName("of content over maxBytes throws ValidationException at path content and stores nothing")
    void overTheLimit() {
      String ns = unique("ns");
      byte[] bytes = randomBytes(10_001);

      Throwable thrown = catchThrowable(() -> store().put(ns, new ByteArrayInputStream(bytes), 10_000));

      assertThat(thrown).isInstanceOfSatisfying(ValidationException.class,
          e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("content"));
      assertThat(store().exists(ns, sha256(bytes))).isFalse();
      assertThat(store().exists(ns, sha256(Arrays.copyOf(bytes, 10_000)))).isFalse();
      assertThat(store().deleteNamespace(ns)).isZero();
    }

    @Test
    @DisplayName("from a stream that fails midway throws UncheckedIOException caused by it and stores nothing")
    void failingStream() {
      String ns = unique("ns");
      byte[] prefix = randomBytes(100_000);
      IOException failure = new IOException("connection reset by the uploader");

      Throwable thrown = catchThrowable(() -> store().put(ns, new FailingStream(prefix, failure), LIMIT));

      assertThat(thrown).isInstanceOf(UncheckedIOException.class).hasRootCause(failure);
      assertThat(store().exists(ns, sha256(prefix))).isFalse();
      assertThat(store().deleteNamespace(ns)).isZero();
    }

    @Test
    @DisplayName("leaves the content already in the namespace as it was")
    void keepsEarlierContent() {
      String ns = unique("ns");
      byte[] kept = randomBytes(2_000);
      store().put(ns, new ByteArrayInputStream(kept), LIMIT);

      catchThrowable(() -> store().put(ns, new ByteArrayInputStream(randomBytes(3_000)), 2_500));
      catchThrowable(() -> store().put(ns, new FailingStream(randomBytes(50), new IOException("gone")), LIMIT));

      assertThat(read(ns, sha256(kept))).contains(kept);
      assertThat(store().deleteNamespace(ns)).isEqualTo(1);
    }
  }

  @Nested
  @DisplayName("names outside the rules")
  class Names {

    @Test
    @DisplayName("a namespace outside [A-Za-z0-9_-]{1,64} is rejected by every method with ValidationException at path namespace, touching nothing")
    void badNamespaces() {
      String ns = unique("ns");
      byte[] bytes = randomBytes(100);
      String sha = store().put(ns, new ByteArrayInputStream(bytes), LIMIT).sha256();
      for (String bad : READ_PROBES) {
        assertRejected(() -> store().open(bad, sha), "namespace", "open in " + printable(bad));
        assertRejected(() -> store().exists(bad, sha), "namespace", "exists in " + printable(bad));
      }
      for (String bad : writeProbes()) {
        String shown = printable(bad);
        assertRejected(() -> store().put(bad, new ByteArrayInputStream(bytes), LIMIT), "namespace", "put in " + shown);
        assertRejected(() -> store().open(bad, sha), "namespace", "open in " + shown);
        assertRejected(() -> store().exists(bad, sha), "namespace", "exists in " + shown);
        assertRejected(() -> store().delete(bad, sha), "namespace", "delete in " + shown);
        assertRejected(() -> store().deleteNamespace(bad), "namespace", "deleteNamespace " + shown);
      }
      assertThat(read(ns, sha)).contains(bytes);
      assertThat(store().deleteNamespace(ns)).isEqualTo(1);
    }

    @Test
    @DisplayName("a content name that is not 64 lowercase hex digits is rejected by open, exists and delete at path sha256, touching nothing")
    void badNames() {
      String ns = unique("ns");
      byte[] bytes = randomBytes(100);
      String sha = store().put(ns, new ByteArrayInputStream(bytes), LIMIT).sha256();
      List<String> reads = new ArrayList<>(List.of("", ".", "..", "/etc/passwd", "../../../../../../etc/passwd",
          "C:\\Windows\\win.ini", "\u0000"));
      for (String name : reads) {
        assertRejected(() -> store().open(ns, name), "sha256", "open " + printable(name));
        assertRejected(() -> store().exists(ns, name), "sha256", "exists " + printable(name));
      }
      String probe = "kit-probe-" + unique("").substring(1);
      List<String> writes = List.of(sha.toUpperCase(java.util.Locale.ROOT), sha.substring(1), sha + "0", sha + "/",
          "/" + sha, sha.substring(0, 2) + "/" + sha, sha.substring(0, 63) + "\u0000", " " + sha.substring(1),
          "../" + ns + "/" + sha, sha.substring(0, 63) + "g", "../../" + probe, "/" + probe, "C:\\" + probe, probe,
          "0".repeat(63), "0".repeat(65), "g".repeat(64), "0".repeat(62) + "..", "0".repeat(63) + " ");
      for (String name : writes) {
        String shown = printable(name);
        assertRejected(() -> store().open(ns, name), "sha256", "open " + shown);
        assertRejected(() -> store().exists(ns, name), "sha256", "exists " + shown);
        assertRejected(() -> store().delete(ns, name), "sha256", "delete " + shown);
      }
      assertThat(read(ns, sha)).contains(bytes);
      assertThat(store().deleteNamespace(ns)).isEqualTo(1);
    }

    @Test
    @DisplayName("every namespace inside the rules is accepted: all 64 allowed characters, one character, 64 characters")
    void goodNamespaces() {
      byte[] bytes = randomBytes(10);
      String suffix = unique("").substring(1);
      for (String ns : List.of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", "_" + suffix,
          "-" + suffix, ("n" + suffix).repeat(7).substring(0, 64), "z")) {
        store().deleteNamespace(ns);
        StoredContent stored = store().put(ns, new ByteArrayInputStream(bytes), LIMIT);
        assertThat(read(ns, stored.sha256())).as(ns).contains(bytes);
        assertThat(store().exists(ns, stored.sha256())).as(ns).isTrue();
        assertThat(store().deleteNamespace(ns)).as(ns).isEqualTo(1);
      }
    }

    @Test
    @DisplayName("namespaces compare exactly: abc and ABC are two namespaces")
    void caseSensitive() {
      String lower = unique("ns");
      String upper = lower.toUpperCase(java.util.Locale.ROOT);
      byte[] onlyLower = randomBytes(50);
      String sha = store().put(lower, new ByteArrayInputStream(onlyLower), LIMIT).sha256();

      assertThat(store().exists(upper, sha)).isFalse();
      assertThat(store().open(upper, sha)).isEmpty();
      assertThat(store().deleteNamespace(upper)).isZero();
      assertThat(read(lower, sha)).contains(onlyLower);
      assertThat(store().deleteNamespace(lower)).isEqualTo(1);
    }

    private void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String path, String what) {
      assertThat(catchThrowable(call)).as(what).isInstanceOfSatisfying(ValidationException.class,
          e -> assertThat(e.violations()).as(what).extracting(Violation::path).containsExactly(path));
    }
  }

  @Nested
  @DisplayName("deleting")
  class Deleting {

    @Test
    @DisplayName("one content removes it and says whether it was there")
    void deleteOne() {
      String ns = unique("ns");
      byte[] gone = randomBytes(1_000);
      byte[] stays = randomBytes(1_000);
      store().put(ns, new ByteArrayInputStream(gone), LIMIT);
      store().put(ns, new ByteArrayInputStream(stays), LIMIT);

      assertThat(store().delete(ns, sha256(gone))).isTrue();
      assertThat(store().delete(ns, sha256(gone))).isFalse();

      assertThat(store().exists(ns, sha256(gone))).isFalse();
      assertThat(store().open(ns, sha256(gone))).isEmpty();
      assertThat(read(ns, sha256(stays))).contains(stays);
    }

    @Test
    @DisplayName("a namespace removes all its content and says how many; again, it returns 0")
    void deleteNamespace() {
      String ns = unique("ns");
      String other = unique("ns");
      List<byte[]> contents = List.of(randomBytes(10), randomBytes(20), randomBytes(30));
      contents.forEach(bytes -> store().put(ns, new ByteArrayInputStream(bytes), LIMIT));
      byte[] elsewhere = randomBytes(40);
      store().put(other, new ByteArrayInputStream(elsewhere), LIMIT);

      assertThat(store().deleteNamespace(ns)).isEqualTo(3);
      assertThat(store().deleteNamespace(ns)).isZero();

      assertThat(contents).allSatisfy(bytes -> assertThat(store().exists(ns, sha256(bytes))).isFalse());
      assertThat(read(other, sha256(elsewhere))).contains(elsewhere);
      assertThat(store().deleteNamespace(unique("ns"))).isZero();
    }
  }

  /**
   * Namespaces every store must reject (see the javadoc of {@link ContentStore}), tried only with
   * {@code open} and {@code exists}: a store that wrongly accepted them must not be asked to
   * write or delete there ({@code deleteNamespace("..")} of a careless file store would delete
   * its root's parent).
   */
  private static final List<String> READ_PROBES = List.of("", ".", "..", "/", "\\", "/etc", "../..", "C:\\",
      "c:");

  /**
   * Namespaces every store must reject, each naming a fresh place that nothing else uses, so
   * that even a store that wrongly accepts one writes or deletes nothing that matters: traversal,
   * separators, absolute paths, NUL and other controls, spaces, letters outside ASCII, dots,
   * shell and URL characters, 65 characters.
   */
  private static List<String> writeProbes() {
    String p = "kit-probe-" + unique("").substring(1);
    return List.of("../" + p, "../../" + p, p + "/..", p + "/x", p + "\\x", "/" + p, "\\" + p, "C:\\" + p,
        p + ":x", p + "\u0000", "\u0000" + p, " " + p, p + " ", p + "\t", p + "\n", "ü" + p, "Ω" + p, "日本" + p,
        p + ".x", "." + p, p + "%2e", p + "*", p + "?", p + "\"", p + "'", p + "|", p + ";", "\u200b" + p,
        p + "x".repeat(65 - p.length()), "\ud800" + p);
  }

  /** A name as it can be printed in a test report: controls and unpaired surrogates escaped. */
  private static String printable(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c < 0x20 || Character.isSurrogate(c) || c == 0x200b) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    return bytes;
  }

  private Optional<byte[]> read(String namespace, String sha256) {
    Optional<InputStream> opened = store().open(namespace, sha256);
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = opened.get()) {
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Gives its bytes, then throws instead of reporting the end. */
  private static final class FailingStream extends InputStream {
    private final ByteArrayInputStream bytes;
    private final IOException failure;

    FailingStream(byte[] prefix, IOException failure) {
      this.bytes = new ByteArrayInputStream(prefix);
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      int b = bytes.read();
      if (b < 0) {
        throw failure;
      }
      return b;
    }

    @Override
    public int read(byte[] into, int off, int len) throws IOException {
      int n = bytes.read(into, off, len);
      if (n < 0) {
        throw failure;
      }
      return n;
    }
  }
}
