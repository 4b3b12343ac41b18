package dev.sessionhub.buildtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small bundle as the Central plugin writes one: a parent POM that carries the metadata, a jar
 * module that inherits it, each file signed and checksummed. Tests break one thing at a time.
 */
final class BundleFixture {

  static final String VERSION = "1.0";
  static final String PARENT = "org/example/demo-parent/1.0/demo-parent-1.0";
  static final String CORE = "org/example/demo-core/1.0/demo-core-1.0";

  static final Reactor REACTOR = new Reactor("org.example", VERSION, List.of(
      new Reactor.Project("demo-parent", "pom", true, null),
      new Reactor.Project("demo-core", "jar", true, "org.example.core"),
      new Reactor.Project("demo-examples", "jar", false, "org.example.examples")));

  static final String PARENT_POM = """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>org.example</groupId>
        <artifactId>demo-parent</artifactId>
        <version>1.0</version>
        <packaging>pom</packaging>
        <name>Demo</name>
        <description>A demo library.</description>
        <url>https://example.org/demo</url>
        <licenses>
          <license>
            <name>Apache License, Version 2.0</name>
            <url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>
          </license>
        </licenses>
        <developers>
          <developer>
            <name>Demo Engineers</name>
          </developer>
        </developers>
        <scm>
          <connection>scm:git:https://example.org/demo.git</connection>
          <url>https://example.org/demo</url>
        </scm>
      </project>
      """;

  static final String CORE_POM = """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <parent>
          <groupId>org.example</groupId>
          <artifactId>demo-parent</artifactId>
          <version>1.0</version>
        </parent>
        <artifactId>demo-core</artifactId>
        <name>Demo Core</name>
      </project>
      """;

  private final ThrowawayKey key;
  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  BundleFixture(ThrowawayKey key) {
    this.key = key;
    add(PARENT + ".pom", utf8(PARENT_POM));
    add(CORE + ".pom", utf8(CORE_POM));
    add(CORE + ".jar", jar("org.example.core", "org/example/core/Core.class"));
    add(CORE + "-sources.jar", jar(null, "org/example/core/Core.java"));
    add(CORE + "-javadoc.jar", jar(null, "index.html"));
  }

  /** Puts a file with its signature and checksums, replacing what was there. */
  BundleFixture add(String path, byte[] content) {
    entries.put(path, content);
    entries.put(path + ".asc", key.sign(content));
    entries.put(path + ".md5", utf8(BundleCheck.digest("md5", content)));
    entries.put(path + ".sha1", utf8(BundleCheck.digest("sha1", content) + "  " + path));
    return this;
  }

  /** Puts one entry as given, with nothing derived from it. */
  BundleFixture put(String path, byte[] content) {
    entries.put(path, content);
    return this;
  }

  BundleFixture remove(String path) {
    entries.remove(path);
    return this;
  }

  Path write(Path directory) throws IOException {
    Path bundle = directory.resolve("central-bundle.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bundle))) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return bundle;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A jar with a manifest (naming the module if {@code moduleName} is given) and one entry. */
  static byte[] jar(String moduleName, String entry) {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (moduleName != null) {
      manifest.getMainAttributes().putValue("Automatic-Module-Name", moduleName);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(out, manifest)) {
      jar.putNextEntry(new ZipEntry(entry));
      jar.write(utf8("content of " + entry));
      jar.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
