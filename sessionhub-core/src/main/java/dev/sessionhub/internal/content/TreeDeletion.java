package dev.sessionhub.internal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.jspecify.annotations.Nullable;

/**
 * Deletes a directory tree while others may delete it too: whatever vanishes under it is
 * skipped, and each file is counted only by the call whose delete removed it. Symbolic links
 * are deleted, never followed.
 */
public final class TreeDeletion {

  private TreeDeletion() {}

  /**
   * Deletes {@code dir} and everything in it; returns how many files (not directories) this
   * call removed. A directory that another writer refilled meanwhile is left in place.
   *
   * @throws UncheckedIOException naming the path, on any failure other than a vanished file
   */
  public static int delete(Path dir) {
    Counter counter = new Counter();
    try {
      Files.walkFileTree(dir, counter);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + dir, e);
    }
    return counter.deleted;
  }

  private static final class Counter extends SimpleFileVisitor<Path> {

    private int deleted;

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      if (Files.deleteIfExists(file)) {
        deleted++;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
      return skipIfVanished(e);
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e) throws IOException {
      if (e != null) {
        skipIfVanished(e);
      }
      try {
        Files.deleteIfExists(dir);
      } catch (DirectoryNotEmptyException refilled) {
        // A concurrent put landed here after we listed it; the next deletion takes it.
      }
      return FileVisitResult.CONTINUE;
    }

    private static FileVisitResult skipIfVanished(IOException e) throws IOException {
      if (e instanceof NoSuchFileException) {
        return FileVisitResult.CONTINUE;
      }
      throw e;
    }
  }
}
