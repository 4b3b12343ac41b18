package dev.sessionhub.buildtests;

import static dev.sessionhub.buildtests.BundleFixture.CORE;
import static dev.sessionhub.buildtests.BundleFixture.CORE_POM;
import static dev.sessionhub.buildtests.BundleFixture.PARENT;
import static dev.sessionhub.buildtests.BundleFixture.PARENT_POM;
import static dev.sessionhub.buildtests.BundleFixture.REACTOR;
import static dev.sessionhub.buildtests.BundleFixture.VERSION;
import static dev.sessionhub.buildtests.BundleFixture.jar;
import static dev.sessionhub.buildtests.BundleFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The bundle check")
class BundleCheckTest {

  private static ThrowawayKey key;
  private static ThrowawayKey otherKey;

  @TempDir
  Path directory;

  @BeforeAll
  static void keys() {
    key = ThrowawayKey.generate();
    otherKey = ThrowawayKey.generate();
  }

  private List<String> check(BundleFixture bundle) throws IOException {
    return BundleCheck.check(bundle.write(directory), REACTOR, VERSION, key.publicKey());
  }

  @Test
  @DisplayName("passes a complete bundle whose module inherits the metadata from its parent")
  void passesCompleteBundle() throws IOException {
    assertThat(check(new BundleFixture(key))).isEmpty();
  }

  @Test
  @DisplayName("names each missing file of a jar module")
  void namesMissingFiles() throws IOException {
    BundleFixture bundle = new BundleFixture(key).remove(CORE + "-javadoc.jar").remove(CORE + "-sources.jar.asc")
        .remove(CORE + ".jar.md5");

    assertThat(check(bundle)).contains(
        CORE + "-javadoc.jar: missing",
        CORE + "-sources.jar.asc: missing",
        CORE + ".jar.md5: missing");
  }

  @Test
  @DisplayName("finds a checksum that does not match its file")
  void findsWrongChecksum() throws IOException {
    BundleFixture bundle = new BundleFixture(key).put(CORE + ".pom.sha1", utf8(BundleCheck.digest("sha1", utf8("x"))));

    assertThat(check(bundle)).containsExactly(CORE + ".pom.sha1: does not match the file");
  }

  @Test
  @DisplayName("finds a signature by another key and a signature of other content")
  void findsBadSignatures() throws IOException {
    BundleFixture bundle = new BundleFixture(key)
        .put(CORE + ".jar.asc", otherKey.sign(jar("org.example.core", "org/example/core/Core.class")))
        .put(CORE + ".pom.asc", key.sign(utf8("another pom")));

    assertThat(check(bundle)).hasSize(2).anySatisfy(problem -> assertThat(problem)
        .startsWith(CORE + ".jar.asc: signed by key " + Long.toHexString(otherKey.publicKey().getKeyID())))
        .contains(CORE + ".pom.asc: does not verify against the file");
  }

  @Test
  @DisplayName("finds metadata that Central requires and no POM of the lineage carries")
  void findsMissingMetadata() throws IOException {
    String withoutScm = PARENT_POM.replaceAll("(?s)<scm>.*</scm>", "");
    String withoutName = CORE_POM.replace("<name>Demo Core</name>", "");
    BundleFixture bundle = new BundleFixture(key).add(PARENT + ".pom", utf8(withoutScm))
        .add(CORE + ".pom", utf8(withoutName));

    assertThat(check(bundle)).containsExactlyInAnyOrder(
        PARENT + ".pom: no scm with url and connection, neither its own nor a parent's",
        CORE + ".pom: no scm with url and connection, neither its own nor a parent's",
        CORE + ".pom: no name (Maven does not inherit it; Central requires it)");
  }

  @Test
  @DisplayName("finds a license without a url and a parent that the bundle does not hold")
  void findsIncompleteLicenseAndMissingParent() throws IOException {
    String licenseWithoutUrl = PARENT_POM.replace("<url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>", "");
    assertThat(check(new BundleFixture(key).add(PARENT + ".pom", utf8(licenseWithoutUrl)))).containsExactlyInAnyOrder(
        PARENT + ".pom: no license with a name and url, neither its own nor a parent's",
        CORE + ".pom: no license with a name and url, neither its own nor a parent's");

    BundleFixture orphan = new BundleFixture(key).remove(PARENT + ".pom");
    assertThat(check(orphan)).contains(
        PARENT + ".pom: missing",
        CORE + ".pom: its parent demo-parent 1.0 is not in the bundle");
  }

  @Test
  @DisplayName("finds an unpublished module in the bundle and a jar named for another module")
  void findsUnpublishedModuleAndWrongModuleName() throws IOException {
    String examples = "org/example/demo-examples/1.0/demo-examples-1.0.jar";
    BundleFixture bundle = new BundleFixture(key).add(examples, jar("org.example.examples", "E.class"))
        .add(CORE + ".jar", jar("org.example.unnamed", "org/example/core/Core.class"));

    assertThat(check(bundle)).contains(
        examples + ": not a file of a published project at 1.0",
        CORE + ".jar: Automatic-Module-Name is org.example.unnamed, not org.example.core");
  }

  @Test
  @DisplayName("finds jars without content: no class, no source, no javadoc page")
  void findsEmptyJars() throws IOException {
    BundleFixture bundle = new BundleFixture(key).add(CORE + ".jar", jar("org.example.core", "README.txt"))
        .add(CORE + "-sources.jar", jar(null, "README.txt")).add(CORE + "-javadoc.jar", jar(null, "README.txt"));

    assertThat(check(bundle)).containsExactlyInAnyOrder(
        CORE + ".jar: holds no class",
        CORE + "-sources.jar: holds no Java source",
        CORE + "-javadoc.jar: holds no index.html");
  }

  @Test
  @DisplayName("finds a POM at another version than the bundle's")
  void findsWrongVersion() throws IOException {
    BundleFixture bundle = new BundleFixture(key)
        .add(PARENT + ".pom", utf8(PARENT_POM.replace("<version>1.0</version>", "<version>1.0-SNAPSHOT</version>")));

    assertThat(check(bundle)).contains(PARENT + ".pom: version is 1.0-SNAPSHOT, not 1.0");
  }
}
