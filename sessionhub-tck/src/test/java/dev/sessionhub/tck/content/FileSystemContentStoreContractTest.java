package dev.sessionhub.tck.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.content.FileSystemContentStore;
import dev.sessionhub.spi.ContentStore;
import dev.sessionhub.tck.ContentStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content store contract on the file system, in a fresh root directory per test. After each
 * test, no upload may be left in the store's {@code .tmp} directory, whatever the test did.
 */
@DisplayName("ContentStore contract: FileSystemContentStore")
class FileSystemContentStoreContractTest extends ContentStoreContract {

  @TempDir
  Path dir;

  private Path root() {
    return dir.resolve("content");
  }

  @Override
  protected ContentStore createContentStore() {
    return FileSystemContentStore.builder(root()).build();
  }

  @Override
  protected void cleanUp(ContentStore store) {
    Path temp = root().resolve(".tmp");
    if (Files.isDirectory(temp)) {
      try (Stream<Path> left = Files.list(temp)) {
        assertThat(left).as("uploads left in %s", temp).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
