package dev.sessionhub.buildtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
* Rehearses a release to Maven Central without publishing anything: it copies the repository,
* gives the copy the release version (the Central plugin bundles only releases), runs
* {@code ./mvnw -Prelease deploy} there with a {@link ThrowawayKey} and with the upload pointed
* at a {@link CentralStandIn} on the loopback interface, and then checks the bundle
* ({@link BundleCheck}) and the upload (one, held for a person to publish).
*
* <p>The copy's build skips the tests (the build that ran before has run them) and installs
* nothing into the local repository. It reads a settings file of its own, which holds only the
* stand-in's throwaway credentials.
*
* <p>Arguments: the repository's root directory, and a work directory (wiped first).
*/
public final class ReleaseRehearsal {

  private static final Set<String> NOT_COPIED = Set.of("target", ".git", ".idea", ".vscode", "benchmarks-results");
  private static final String BUNDLE = "central-bundle.zip";

  private ReleaseRehearsal() {
  }

  /**
  * Runs the rehearsal; throws if the release build fails or the bundle or upload is not fit.
  *
  * @param args the repository root and the work directory
  */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ReleaseRehearsal <repository root> <work directory>");
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    Path work = Path.of(args[1]).toAbsolutePath().normalize();
    Reactor reactor = Reactor.read(root);
    String release = releaseVersion(reactor.version());
    long started = System.nanoTime();

    wipe(work);
    Path source = work.resolve("source");
    copy(root, source);
    int rewritten = setVersion(source, reactor.version(), release);
    if (rewritten < reactor.projects().size()) {
      throw new IllegalStateException("set version " + release + " in only " + rewritten + " places for "
          + reactor.projects().size() + " projects");
    }
    ThrowawayKey key = ThrowawayKey.generate();
    Path settings = Files.writeString(work.resolve("settings.xml"), SETTINGS, StandardCharsets.UTF_8);

    List<String> problems = new ArrayList<>();
    Path bundle;
    List<CentralStandIn.Upload> uploads;
    try (CentralStandIn central = CentralStandIn.start()) {
      System.out.println("Release rehearsal: building the Central bundle of " + reactor.groupId() + " " + release
          + " in " + source + " (log: " + work.resolve("build.log") + ")");
      runRelease(source, settings, key, central, work.resolve("build.log"));
      bundle = findBundle(source);
      uploads = central.uploads();
    }
    problems.addAll(BundleCheck.check(bundle, reactor, release, key.publicKey()));
    problems.addAll(checkUploads(uploads, Files.readAllBytes(bundle), release));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the release bundle " + bundle + " is not fit for Central:\n  "
          + String.join("\n  ", problems));
    }
    System.out.printf("Release rehearsal passed in %d s: %s%n", (System.nanoTime() - started) / 1_000_000_000L,
        summary(reactor, release, bundle));
  }

  static String releaseVersion(String version) {
    return version.endsWith("-SNAPSHOT") ? version.substring(0, version.length() - "-SNAPSHOT".length()) : version;
  }

  private static void wipe(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Copies the sources, not what builds left behind (target directories) nor git's data. */
  private static void copy(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
        if (!directory.equals(from) && NOT_COPIED.contains(directory.getFileName().toString())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(to.resolve(from.relativize(directory).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        if (!NOT_COPIED.contains(file.getFileName().toString())) {
          Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Replaces the snapshot version by the release version in every POM of the copy; returns how often. */
  static int setVersion(Path source, String from, String to) throws IOException {
    String snapshot = "<version>" + from + "</version>";
    String release = "<version>" + to + "</version>";
    int count = 0;
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path pom : paths.filter(p -> p.getFileName().toString().equals("pom.xml")).toList()) {
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        int occurrences = text.split(java.util.regex.Pattern.quote(snapshot), -1).length - 1;
        if (occurrences > 0) {
          Files.writeString(pom, text.replace(snapshot, release), StandardCharsets.UTF_8);
          count += occurrences;
        }
      }
    }
    return count;
  }

  private static void runRelease(Path source, Path settings, ThrowawayKey key, CentralStandIn central, Path log)
      throws IOException, InterruptedException {
    ProcessBuilder maven = new ProcessBuilder(List.of(
        source.resolve("mvnw").toString(), "-B", "-s", settings.toString(), "-Prelease",
        "-DskipTests", "-Dmaven.test.skip=true", "-Dmaven.install.skip=true",
        "-Dcentral.baseUrl=" + central.baseUrl(), "-Dcentral.waitUntil=uploaded", "deploy"))
        .directory(source.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> environment = maven.environment();
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("MAVEN_GPG_KEY", key.armoredSecretKey());
    environment.put("MAVEN_GPG_PASSPHRASE", key.passphrase());
    environment.remove("MAVEN_GPG_KEY_FINGERPRINT");
    int exit = maven.start().waitFor();
    if (exit != 0) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      throw new IllegalStateException("the release build failed (exit " + exit + "); the end of " + log + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
    }
  }

  private static Path findBundle(Path source) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      List<Path> bundles = paths.filter(p -> p.getFileName().toString().equals(BUNDLE)).toList();
      if (bundles.size() != 1) {
        throw new IllegalStateException("expected one " + BUNDLE + " in " + source + ", found " + bundles);
      }
      return bundles.get(0);
    }
  }

  /** Exactly one upload, of this bundle, named for the release, left for a person to publish. */
  static List<String> checkUploads(List<CentralStandIn.Upload> uploads, byte[] bundle, String release) {
    if (uploads.size() != 1) {
      return List.of("expected one upload to Central, saw " + uploads.size());
    }
    CentralStandIn.Upload upload = uploads.get(0);
    List<String> problems = new ArrayList<>();
    if (!"USER_MANAGED".equals(upload.query().get("publishingType"))) {
      problems.add("the upload asks for publishingType " + upload.query().get("publishingType")
          + ", not USER_MANAGED (autoPublish must stay false)");
    }
    if (!("SessionHub " + release).equals(upload.query().get("name"))) {
      problems.add("the deployment is named " + upload.query().get("name") + ", not SessionHub " + release);
    }
    if (upload.authorization() == null || !upload.authorization().startsWith("UserToken ")) {
      problems.add("the upload carries no Central user token");
    }
    if (indexOf(upload.body(), bundle) < 0) {
      problems.add("the upload does not carry the bundle that the build wrote");
    }
    return problems;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String summary(Reactor reactor, String release, Path bundle) throws IOException {
    int files = BundleCheck.read(bundle).size();
    return reactor.published().stream().map(Reactor.Project::artifactId).collect(Collectors.joining(", "))
        + " at " + release + " (" + files + " files) are in the bundle, each file signed by the throwaway key"
        + " with matching .md5 and .sha1, each POM with the metadata Central requires; left out: "
        + reactor.unpublished().stream().map(Reactor.Project::artifactId).collect(Collectors.joining(", "))
        + "; one upload, held for a person to publish (autoPublish off), went to the loopback stand-in.";
  }

  private static final String SETTINGS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- Written by the release rehearsal: credentials for the loopback stand-in of Central only. -->
      <settings>
        <servers>
          <server>
            <id>central</id>
            <username>rehearsal</username>
            <password>not-a-central-token</password>
          </server>
        </servers>
      </settings>
      """;
}
