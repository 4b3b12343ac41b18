package dev.sessionhub.buildtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("This repository's reactor")
class ReactorTest {

  private static final Reactor REACTOR = read();

  private static Reactor read() {
    try {
      return Reactor.read(Path.of("..").toAbsolutePath().normalize());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("publishes the library, its parents and the BOM, and not the examples, benchmarks or build tests")
  void publishesTheLibraryOnly() {
    assertThat(REACTOR.groupId()).isEqualTo("dev.sessionhub");
    assertThat(REACTOR.published()).extracting(Reactor.Project::artifactId).contains(
        "sessionhub-base", "sessionhub-parent", "sessionhub-bom", "sessionhub-core", "sessionhub-tck",
        "sessionhub-store-jdbc");
    assertThat(REACTOR.unpublished()).extracting(Reactor.Project::artifactId).containsExactlyInAnyOrder(
        "sessionhub-examples", "sessionhub-benchmarks", "sessionhub-build-tests");
  }

  @Test
  @DisplayName("gives each published jar a module name of its own")
  void namesEveryPublishedJar() {
    assertThat(REACTOR.published()).filteredOn(project -> project.packaging().equals("jar")).isNotEmpty()
        .allSatisfy(project -> assertThat(project.moduleName()).as(project.artifactId())
            .startsWith("dev.sessionhub.").isNotEqualTo("dev.sessionhub.unnamed"));
  }
}
