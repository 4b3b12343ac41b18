package dev.sessionhub.buildtests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
* Checks a Central Portal bundle against the reactor it was built from: every published project
* is there with its POM and, for a jar, its jar, sources jar and javadoc jar; each file has a
* detached signature by the expected key and {@code .md5} and {@code .sha1} checksums that match;
* each POM carries what Central requires (name, description, url, a license, a developer, scm),
* itself or through a parent in the bundle; and no unpublished project is in it.
*
* <p>The result is the list of problems found, each naming the file; empty when the bundle is
* fit for Central.
*/
public final class BundleCheck {

  private static final List<String> CHECKSUMS = List.of("md5", "sha1");

  private final Map<String, byte[]> entries;
  private final Reactor reactor;
  private final String version;
  private final PGPPublicKey key;
  private final List<String> problems = new ArrayList<>();

  private BundleCheck(Map<String, byte[]> entries, Reactor reactor, String version, PGPPublicKey key) {
    this.entries = entries;
    this.reactor = reactor;
    this.version = version;
    this.key = key;
  }

  /**
  * Checks the bundle at {@code bundle}.
  *
  * @param bundle the zip the Central plugin wrote
  * @param reactor the projects it was built from
  * @param version the version the bundle must hold
  * @param key the key every signature must verify with
  * @return the problems found, empty if none
  */
  public static List<String> check(Path bundle, Reactor reactor, String version, PGPPublicKey key)
      throws IOException {
    BundleCheck check = new BundleCheck(read(bundle), reactor, version, key);
    check.run();
    return List.copyOf(check.problems);
  }

  /** The bundle's files by path, as the checks see them. */
  static Map<String, byte[]> read(Path bundle) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), zip.readAllBytes());
        }
      }
    }
    return entries;
  }

  private void run() {
    for (Reactor.Project project : reactor.published()) {
      String base = directory(project.artifactId()) + project.artifactId() + "-" + version;
      checkSigned(base + ".pom");
      checkPom(project, base + ".pom");
      if ("jar".equals(project.packaging())) {
        checkSigned(base + ".jar");
        checkSigned(base + "-sources.jar");
        checkSigned(base + "-javadoc.jar");
        checkJars(project, base);
      }
    }
    Set<String> published = reactor.published().stream()
        .map(project -> directory(project.artifactId())).collect(Collectors.toSet());
    entries.keySet().stream()
        .filter(path -> published.stream().noneMatch(path::startsWith))
        .forEach(path -> problems.add(path + ": not a file of a published project at " + version));
  }

  private String directory(String artifactId) {
    return reactor.groupId().replace('.', '/') + "/" + artifactId + "/" + version + "/";
  }

  private void checkSigned(String path) {
    byte[] content = entries.get(path);
    if (content == null) {
      problems.add(path + ": missing");
      return;
    }
    byte[] signature = entries.get(path + ".asc");
    if (signature == null) {
      problems.add(path + ".asc: missing");
    } else {
      verifySignature(path, content, signature).ifPresent(problems::add);
    }
    for (String algorithm : CHECKSUMS) {
      byte[] checksum = entries.get(path + "." + algorithm);
      if (checksum == null) {
        problems.add(path + "." + algorithm + ": missing");
      } else if (!digest(algorithm, content).equals(firstWord(checksum))) {
        problems.add(path + "." + algorithm + ": does not match the file");
      }
    }
  }

  private Optional<String> verifySignature(String path, byte[] content, byte[] armored) {
    try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored))) {
      Object read = new BcPGPObjectFactory(in).nextObject();
      if (!(read instanceof PGPSignatureList signatures) || signatures.isEmpty()) {
        return Optional.of(path + ".asc: holds no OpenPGP signature");
      }
      PGPSignature signature = signatures.get(0);
      if (signature.getKeyID() != key.getKeyID()) {
        return Optional.of(path + ".asc: signed by key " + Long.toHexString(signature.getKeyID())
            + ", not by " + Long.toHexString(key.getKeyID()));
      }
      signature.init(new BcPGPContentVerifierBuilderProvider(), key);
      signature.update(content);
      return signature.verify() ? Optional.empty() : Optional.of(path + ".asc: does not verify against the file");
    } catch (IOException | PGPException e) {
      return Optional.of(path + ".asc: unreadable signature (" + e.getMessage() + ")");
    }
  }

  private void checkJars(Reactor.Project project, String base) {
    Map<String, byte[]> jar = jarEntries(base + ".jar");
    if (jar.keySet().stream().noneMatch(name -> name.endsWith(".class"))) {
      problems.add(base + ".jar: holds no class");
    }
    @Nullable String moduleName = manifest(base + ".jar")
        .map(found -> found.getMainAttributes().getValue("Automatic-Module-Name"))
        .orElse(null);
    if (project.moduleName() != null && !project.moduleName().equals(moduleName)) {
      problems.add(base + ".jar: Automatic-Module-Name is " + moduleName + ", not " + project.moduleName());
    }
    if (jarEntries(base + "-sources.jar").keySet().stream().noneMatch(name -> name.endsWith(".java"))) {
      problems.add(base + "-sources.jar: holds no Java source");
    }
    if (!jarEntries(base + "-javadoc.jar").containsKey("index.html")) {
      problems.add(base + "-javadoc.jar: holds no index.html");
    }
  }

  private Map<String, byte[]> jarEntries(String path) {
    byte[] content = entries.get(path);
    Map<String, byte[]> found = new LinkedHashMap<>();
    if (content == null) {
      return found;
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        found.put(entry.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      problems.add(path + ": not a readable jar (" + e.getMessage() + ")");
    }
    return found;
  }

  private Optional<Manifest> manifest(String path) {
    byte[] content = entries.get(path);
    if (content == null) {
      return Optional.empty();
    }
    try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(content))) {
      return Optional.ofNullable(jar.getManifest());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private void checkPom(Reactor.Project project, String path) {
    byte[] content = entries.get(path);
    if (content == null) {
      return;
    }
    List<Element> lineage = lineage(path, content);
    if (lineage.isEmpty()) {
      return;
    }
    Element pom = lineage.get(0);
    expect(path, "artifactId", Pom.child(pom, "artifactId"), project.artifactId());
    expect(path, "groupId", Pom.inheritable(pom, "groupId"), reactor.groupId());
    expect(path, "version", Pom.inheritable(pom, "version"), version);
    if (Pom.child(pom, "name").isEmpty()) {
      problems.add(path + ": no name (Maven does not inherit it; Central requires it)");
    }
    require(path, lineage, "description", p -> Pom.child(p, "description"));
    require(path, lineage, "url", p -> Pom.child(p, "url"));
    require(path, lineage, "license with a name and url",
        p -> first(p, "licenses", "license").filter(l -> has(l, "name") && has(l, "url")));
    require(path, lineage, "developer with a name",
        p -> first(p, "developers", "developer").filter(d -> has(d, "name")));
    require(path, lineage, "scm with url and connection",
        p -> Pom.element(p, "scm").filter(s -> has(s, "url") && has(s, "connection")));
  }

  /** The POM, then each parent POM of the reactor's group that the bundle holds. */
  private List<Element> lineage(String path, byte[] content) {
    List<Element> lineage = new ArrayList<>();
    String current = path;
    byte[] bytes = content;
    while (bytes != null && lineage.size() < 16) {
      Element pom;
      try {
        pom = Pom.parse(bytes, current);
      } catch (IOException e) {
        problems.add(current + ": " + e.getMessage());
        return lineage;
      }
      lineage.add(pom);
      Optional<Element> parent = Pom.element(pom, "parent");
      if (parent.isEmpty() || !parent.flatMap(p -> Pom.child(p, "groupId")).orElse("").equals(reactor.groupId())) {
        return lineage;
      }
      String artifactId = Pom.child(parent.get(), "artifactId").orElse("");
      String parentVersion = Pom.child(parent.get(), "version").orElse("");
      current = reactor.groupId().replace('.', '/') + "/" + artifactId + "/" + parentVersion + "/"
          + artifactId + "-" + parentVersion + ".pom";
      bytes = entries.get(current);
      if (bytes == null) {
        problems.add(path + ": its parent " + artifactId + " " + parentVersion + " is not in the bundle");
      }
    }
    return lineage;
  }

  private void expect(String path, String what, Optional<String> actual, String expected) {
    if (!actual.map(expected::equals).orElse(false)) {
      problems.add(path + ": " + what + " is " + actual.orElse("missing") + ", not " + expected);
    }
  }

  private void require(String path, List<Element> lineage, String what, Function<Element, Optional<?>> find) {
    if (lineage.stream().map(find).noneMatch(Optional::isPresent)) {
      problems.add(path + ": no " + what + ", neither its own nor a parent's");
    }
  }

  private static Optional<Element> first(Element pom, String container, String name) {
    return Pom.element(pom, container).flatMap(found -> Pom.element(found, name));
  }

  private static boolean has(Element element, String child) {
    return Pom.child(element, child).isPresent();
  }

  private static String firstWord(byte[] checksumFile) {
    String text = new String(checksumFile, StandardCharsets.US_ASCII).trim();
    int space = text.indexOf(' ');
    return (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
  }

  static String digest(String algorithm, byte[] content) {
    try {
      String name = "sha1".equals(algorithm) ? "SHA-1" : algorithm.toUpperCase(Locale.ROOT);
      return HexFormat.of().formatHex(MessageDigest.getInstance(name).digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is not available in this JDK", e);
    }
  }
}
