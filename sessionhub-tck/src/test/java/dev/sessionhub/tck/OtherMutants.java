package dev.sessionhub.tck;

import dev.sessionhub.error.DuplicateIdException;
import dev.sessionhub.internal.content.HashingCopy;
import dev.sessionhub.internal.content.InMemoryContentStore;
import dev.sessionhub.internal.memory.InMemoryTemplateStore;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.Template;
import dev.sessionhub.spi.ContentStore;
import dev.sessionhub.spi.SessionCache;
import dev.sessionhub.spi.TemplateStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/** Template stores, content stores and caches with one realistic bug each. */
final class OtherMutants {

  private OtherMutants() {}

  /** Template ids under a {@code _ci} collation. */
  static final class FoldsTemplateIds implements TemplateStore {
    private final TemplateStore inner = new InMemoryTemplateStore();
    private final Map<String, String> spelling = new ConcurrentHashMap<>();

    private String stored(String id) {
      return spelling.computeIfAbsent(id.toLowerCase(Locale.ROOT), k -> id);
    }

    @Override
    public void insert(Template t) {
      String id = stored(t.id());
      if (!id.equals(t.id()) && inner.find(id, t.version()).isPresent()) {
        throw new DuplicateIdException("template", t.id() + " v" + t.version());
      }
      inner.insert(new Template(id, t.version(), t.name(), t.description(), t.type(), t.estimatedDuration(),
          t.defaultPriority(), t.difficulty(), t.tags(), t.parameters(), t.goals(), t.milestones(), t.builtIn(),
          t.createdBy(), t.createdAt()));
    }

    @Override
    public Optional<Template> find(String templateId, int version) {
      return inner.find(stored(templateId), version);
    }

    @Override
    public Optional<Template> latest(String templateId) {
      return inner.latest(stored(templateId));
    }

    @Override
    public List<Template> versions(String templateId) {
      return inner.versions(stored(templateId));
    }

    @Override
    public List<Template> latestOfAll() {
      return inner.latestOfAll();
    }
  }

  /**
   * A file content store written the obvious way: {@code root.resolve(namespace).resolve(sha256)}
   * with no check of either, so {@code ..}, separators and absolute paths reach outside the root.
   * Only a guard for this test's own sake remains: a path outside {@code sandbox} (the test's
   * temporary directory) throws {@link IllegalStateException} instead of touching the host.
   */
  static final class NaiveFileContentStore implements ContentStore {
    private final Path root;
    private final Path sandbox;

    NaiveFileContentStore(Path root, Path sandbox) {
      this.root = root;
      this.sandbox = sandbox.toAbsolutePath().normalize();
    }

    private Path file(String namespace, String name) {
      return inSandbox(root.resolve(namespace).resolve(name));
    }

    private Path inSandbox(Path path) {
      Path normalized = path.toAbsolutePath().normalize();
      if (!normalized.startsWith(sandbox)) {
        throw new IllegalStateException("the naive store would have touched " + normalized);
      }
      return path;
    }

    @Override
    public StoredContent put(String namespace, InputStream content, long maxBytes) {
      try {
        Path temp = Files.createTempFile(root, "upload-", ".part");
        StoredContent stored;
        try (OutputStream out = Files.newOutputStream(temp)) {
          stored = HashingCopy.copy(content, maxBytes, out::write);
        } catch (RuntimeException | IOException e) {
          Files.deleteIfExists(temp);
          throw e;
        }
        Path target = file(namespace, stored.sha256());
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
          Files.delete(temp);
        } else {
          Files.move(temp, target);
        }
        return stored;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Optional<InputStream> open(String namespace, String sha256) {
      try {
        return Optional.of(Files.newInputStream(file(namespace, sha256)));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public boolean exists(String namespace, String sha256) {
      return Files.isRegularFile(file(namespace, sha256));
    }

    @Override
    public boolean delete(String namespace, String sha256) {
      try {
        return Files.deleteIfExists(file(namespace, sha256));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public int deleteNamespace(String namespace) {
      Path dir = inSandbox(root.resolve(namespace));
      if (!Files.isDirectory(dir)) {
        return 0;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
        int count = 0;
        for (Path p : all) {
          count += Files.isRegularFile(p) ? 1 : 0;
          Files.delete(p);
        }
        return count;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Checks names, but looks them up case-insensitively, as a store on a case-insensitive file system or key does. */
  static final class FoldsContentNames implements ContentStore {
    private final ContentStore inner = new InMemoryContentStore();

    private static String fold(String name) {
      return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public StoredContent put(String namespace, InputStream content, long maxBytes) {
      return inner.put(fold(namespace), content, maxBytes);
    }

    @Override
    public Optional<InputStream> open(String namespace, String sha256) {
      return inner.open(fold(namespace), fold(sha256));
    }

    @Override
    public boolean exists(String namespace, String sha256) {
      return inner.exists(fold(namespace), fold(sha256));
    }

    @Override
    public boolean delete(String namespace, String sha256) {
      return inner.delete(fold(namespace), fold(sha256));
    }

    @Override
    public int deleteNamespace(String namespace) {
      return inner.deleteNamespace(fold(namespace));
    }
  }

  /**
   * A cache that reads the cached version and then puts, as a remote cache does with a GET and a
   * SET: correct alone, wrong when two puts interleave. The pause stands for the round trip.
   */
  static final class GetThenPutCache implements SessionCache {
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public Optional<Session> get(String sessionId) {
      return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public void put(Session session) {
      Session cached = sessions.get(session.id());
      LockSupport.parkNanos(20_000);
      if (cached == null || cached.version() <= session.version()) {
        sessions.put(session.id(), session);
      }
    }

    @Override
    public void invalidate(String sessionId) {
      sessions.remove(sessionId);
    }
  }
}
