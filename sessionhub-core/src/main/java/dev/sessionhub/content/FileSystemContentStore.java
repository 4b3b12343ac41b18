package dev.sessionhub.content;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.internal.content.ContentPaths;
import dev.sessionhub.internal.content.HashingCopy;
import dev.sessionhub.internal.content.TreeDeletion;
import dev.sessionhub.spi.ContentStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ContentStore} on the local file system (or any mounted one that supports atomic
 * renames), for hosts that keep attachments on disk or a shared volume.
 *
 * <p><b>Layout.</b> Content lives at {@code root/<namespace>/<first 2 hex>/<sha256>}; uploads
 * in progress are written to {@code root/.tmp/}, on the same file system, and renamed into
 * place. Namespaces and content names follow {@link ContentStore}'s rules (1 to 64 of
 * {@code [A-Za-z0-9_-]}, and 64 lowercase hex digits); any other value is rejected with a
 * {@link ValidationException} (path {@code namespace} or {@code sha256}) before anything is
 * touched. Every path is also checked to stay under the root. Names are case-sensitive, as
 * session ids are, so the root must be on a case-sensitive file system (the Linux default; not
 * the default of macOS or Windows, where two namespaces differing only in case would share
 * files).
 *
 * <p><b>Guarantees.</b> A file under its content name is complete: bytes are forced to disk
 * before the atomic rename. A put that fails, is over the limit, or is interrupted leaves
 * nothing behind, neither in the namespace nor in {@code .tmp} (a process killed mid-upload can
 * leave a file in {@code .tmp}, which is safe to delete when no put is running). The same bytes
 * put twice, even at once, are stored once and every put succeeds. {@link #deleteNamespace} is
 * idempotent and may run on several instances sharing the root at once: each file is counted by
 * exactly one of them.
 *
 * <p><b>Thread safety.</b> Thread-safe, and safe to share a root among processes: it keeps no
 * mutable state and relies on unique temporary files and atomic renames. I/O failures other
 * than a missing file are thrown as {@link UncheckedIOException} naming the path.
 */
public final class FileSystemContentStore implements ContentStore {

  private static final int MOVE_ATTEMPTS = 3;

  private final ContentPaths paths;
  private final long maxBytes;

  private FileSystemContentStore(ContentPaths paths, long maxBytes) {
    this.paths = paths;
    this.maxBytes = maxBytes;
  }

  /** A builder of a store under {@code root}, which is created if missing. */
  public static Builder builder(Path root) {
    return new Builder(Objects.requireNonNull(root, "root"));
  }

  /**
   * {@inheritDoc} The limit is the smaller of {@code maxBytes} and the store's own
   * {@linkplain Builder#maxBytes ceiling}.
   *
   * @throws ValidationException (path {@code namespace}) for a namespace outside the rules,
   *     (path {@code content}) when the content is over the limit
   * @throws UncheckedIOException when reading the upload or writing the file fails
   */
  @Override
  public StoredContent put(String namespace, InputStream content, long maxBytes) {
    Objects.requireNonNull(content, "content");
    paths.namespace(namespace);
    long limit = Math.min(maxBytes, this.maxBytes);
    Path temp = createTemp();
    try {
      StoredContent stored = writeTemp(content, temp, limit);
      moveIntoPlace(temp, paths.content(namespace, stored.sha256()));
      return stored;
    } catch (IOException e) {
      throw new UncheckedIOException("could not store content in namespace " + namespace + "; nothing was stored", e);
    } finally {
      deleteQuietly(temp);
    }
  }

  @Override
  public Optional<InputStream> open(String namespace, String sha256) {
    Path file = paths.content(namespace, sha256);
    try {
      return Optional.of(Files.newInputStream(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("could not open " + file, e);
    }
  }

  @Override
  public boolean exists(String namespace, String sha256) {
    Path file = paths.content(namespace, sha256);
    try {
      return Files.readAttributes(file, BasicFileAttributes.class).isRegularFile();
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  @Override
  public boolean delete(String namespace, String sha256) {
    Path file = paths.content(namespace, sha256);
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + file, e);
    }
  }

  @Override
  public int deleteNamespace(String namespace) {
    return TreeDeletion.delete(paths.namespace(namespace));
  }

  @Override
  public String toString() {
    return "FileSystemContentStore[" + paths.root() + "]";
  }

  private Path createTemp() {
    try {
      Path dir = Files.createDirectories(paths.temp());
      return Files.createTempFile(dir, "upload-", ".part");
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary file in " + paths.temp(), e);
    }
  }

  private static StoredContent writeTemp(InputStream content, Path temp, long limit) throws IOException {
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      StoredContent stored = HashingCopy.copy(content, limit, (b, off, len) -> writeFully(out, b, off, len));
      out.force(true);
      return stored;
    }
  }

  private static void writeFully(FileChannel out, byte[] bytes, int offset, int len) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(bytes, offset, len);
    while (buf.hasRemaining()) {
      out.write(buf);
    }
  }

  /**
   * Renames the finished temp file to its content name. When that name exists it holds the same
   * bytes, so the temp file is simply dropped. A concurrent {@link #deleteNamespace} may remove
   * the directories between creating them and the rename, hence the retry.
   */
  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    for (int attempt = 1; !Files.exists(target); attempt++) {
      try {
        Files.createDirectories(target.getParent());
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(target.getParent());
        return;
      } catch (NoSuchFileException e) {
        if (attempt == MOVE_ATTEMPTS) {
          throw e;
        }
      } catch (IOException e) {
        if (!Files.exists(target)) {
          throw e;
        }
      }
    }
  }

  /** Makes the rename durable where the platform allows syncing a directory (not on Windows). */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Best effort: the content is already complete on disk.
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // Nothing more can be done; the temp file holds no content name and is never read.
    }
  }

  /** Configures a {@link FileSystemContentStore}. Not thread-safe. */
  public static final class Builder {

    private final Path root;
    private long maxBytes = Long.MAX_VALUE;

    private Builder(Path root) {
      this.root = root;
    }

    /**
     * A hard ceiling on the size of one content, applied on top of the limit each
     * {@link #put} is given (the smaller wins); default {@link Long#MAX_VALUE}.
     */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be positive");
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * Builds the store, creating the root directory if missing.
     *
     * @throws UncheckedIOException when the root cannot be created
     */
    public FileSystemContentStore build() {
      ContentPaths paths = new ContentPaths(root);
      try {
        Files.createDirectories(paths.root());
      } catch (IOException e) {
        throw new UncheckedIOException("could not create the content root " + paths.root(), e);
      }
      return new FileSystemContentStore(paths, maxBytes);
    }
  }
}
