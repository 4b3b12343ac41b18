package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.spi.ContentStore;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.spi.TemplateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that the template store, content store and cache contracts fail for the bugs they
 * are meant to catch ({@link OtherMutants}).
 */
@DisplayName("The other contracts fail for")
class OtherKitsKillMutantsTest {

  static class FoldsTemplateIdsKit extends TemplateStoreContract {
    @Override
    protected TemplateStore createStore() {
      return new OtherMutants.FoldsTemplateIds();
    }
  }

  /** Each test gets a fresh root in the killing test's temporary directory, which the store never leaves. */
  static class NaiveFileKit extends ContentStoreContract {
    static volatile Path parent = Path.of("no-sandbox-set");

    @Override
    protected ContentStore createContentStore() {
      try {
        return new OtherMutants.NaiveFileContentStore(Files.createTempDirectory(parent, "root"), parent);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static class FoldsContentNamesKit extends ContentStoreContract {
    @Override
    protected ContentStore createContentStore() {
      return new OtherMutants.FoldsContentNames();
    }
  }

  static class GetThenPutKit extends SessionCacheContract {
    @Override
    protected SessionCache createCache() {
      return new OtherMutants.GetThenPutCache();
    }
  }

  @Nested
  @DisplayName("a template store")
  class Templates {

    @Test
    @DisplayName("comparing template ids case-insensitively")
    void foldsIds() {
      KitRun run = KitRun.group(FoldsTemplateIdsKit.class, TemplateStoreContract.TemplateRoundTrip.class);

      assertThat(run.failed()).as("%s", run).contains("exactIds");
    }
  }

  @Nested
  @DisplayName("a content store")
  class Content {

    @TempDir
    Path dir;

    @Test
    @DisplayName("resolving any namespace and name as a path, so ../ and absolute paths leave its root")
    void naiveFiles() {
      NaiveFileKit.parent = dir;

      KitRun run = KitRun.group(NaiveFileKit.class, ContentStoreContract.Names.class);

      assertThat(run.failed()).as("%s", run).contains("badNamespaces", "badNames");
    }

    @Test
    @DisplayName("looking names up case-insensitively")
    void foldsNames() {
      KitRun run = KitRun.group(FoldsContentNamesKit.class, ContentStoreContract.Names.class);

      assertThat(run.failed()).as("%s", run).contains("badNames", "caseSensitive");
    }
  }

  @Nested
  @DisplayName("a cache")
  class Caches {

    @Test
    @DisplayName("doing get-then-put without atomicity")
    void getThenPut() {
      KitRun run = KitRun.group(GetThenPutKit.class, SessionCacheContract.Put.class);

      assertThat(run.failed()).as("%s", run).contains("oldVersusNew");
    }
  }
}
