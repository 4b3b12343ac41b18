package dev.sessionhub.buildtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
* The projects of a Maven reactor as their POMs declare them: the aggregator at the root and, in
* order, every module it lists (recursively). It is what a release is expected to publish: every
* project whose POM does not set {@code maven.deploy.skip} to {@code true}.
*
* @param groupId the root project's groupId (its own or its parent's)
* @param version the root project's version (its own or its parent's)
* @param projects the root project first, then its modules
*/
public record Reactor(String groupId, String version, List<Project> projects) {

  /**
  * One project of the reactor.
  *
  * @param artifactId its artifactId
  * @param packaging its packaging ({@code jar} when the POM names none)
  * @param published whether a release publishes it
  * @param moduleName its {@code module.name} property, or {@code null} where it sets none
  */
  public record Project(String artifactId, String packaging, boolean published, @Nullable String moduleName) {
  }

  /** Reads the reactor whose aggregator POM is {@code root/pom.xml}. */
  public static Reactor read(Path root) throws IOException {
    Element pom = Pom.parse(root.resolve("pom.xml"));
    String groupId = Pom.inheritable(pom, "groupId")
        .orElseThrow(() -> new IOException(root + "/pom.xml names no groupId"));
    String version = Pom.inheritable(pom, "version")
        .orElseThrow(() -> new IOException(root + "/pom.xml names no version"));
    List<Project> projects = new ArrayList<>();
    collect(root, pom, projects);
    return new Reactor(groupId, version, List.copyOf(projects));
  }

  /** The projects that a release publishes. */
  public List<Project> published() {
    return projects.stream().filter(Project::published).toList();
  }

  /** The projects that a release leaves out. */
  public List<Project> unpublished() {
    return projects.stream().filter(project -> !project.published()).toList();
  }

  private static void collect(Path directory, Element pom, List<Project> into) throws IOException {
    into.add(new Project(
        Pom.child(pom, "artifactId").orElseThrow(() -> new IOException(directory + "/pom.xml names no artifactId")),
        Pom.child(pom, "packaging").orElse("jar"),
        !"true".equals(Pom.property(pom, "maven.deploy.skip").orElse("false")),
        Pom.property(pom, "module.name").orElse(null)));
    for (String module : Pom.children(pom, "modules", "module")) {
      Path moduleDirectory = directory.resolve(module).normalize();
      collect(moduleDirectory, Pom.parse(moduleDirectory.resolve("pom.xml")), into);
    }
  }
}
