package dev.sessionhub.buildtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The release rehearsal")
class ReleaseRehearsalTest {

  private static final byte[] BUNDLE = "PK bundle".getBytes(StandardCharsets.UTF_8);

  private static CentralStandIn.Upload upload(String publishingType, String authorization, String body) {
    return new CentralStandIn.Upload(Map.of("name", "SessionHub 1.0", "publishingType", publishingType),
        authorization, ("--boundary\r\n" + body + "\r\n--boundary--").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("releases the snapshot's version")
  void releasesSnapshotVersion() {
    assertThat(ReleaseRehearsal.releaseVersion("0.1.0-SNAPSHOT")).isEqualTo("0.1.0");
    assertThat(ReleaseRehearsal.releaseVersion("0.1.0")).isEqualTo("0.1.0");
  }

  @Test
  @DisplayName("sets the release version in every POM and leaves other versions alone")
  void setsReleaseVersion(@TempDir Path source) throws IOException {
    Files.createDirectories(source.resolve("core"));
    Files.writeString(source.resolve("pom.xml"), "<version>0.1.0-SNAPSHOT</version><x><version>3.3.0</version></x>");
    Files.writeString(source.resolve("core/pom.xml"), "<parent><version>0.1.0-SNAPSHOT</version></parent>");
    Files.writeString(source.resolve("core/notes.txt"), "<version>0.1.0-SNAPSHOT</version>");

    assertThat(ReleaseRehearsal.setVersion(source, "0.1.0-SNAPSHOT", "0.1.0")).isEqualTo(2);
    assertThat(source.resolve("pom.xml")).hasContent("<version>0.1.0</version><x><version>3.3.0</version></x>");
    assertThat(source.resolve("core/pom.xml")).hasContent("<parent><version>0.1.0</version></parent>");
    assertThat(source.resolve("core/notes.txt")).hasContent("<version>0.1.0-SNAPSHOT</version>");
  }

  @Test
  @DisplayName("accepts one upload of the bundle, held for a person to publish")
  void acceptsHeldUpload() {
    assertThat(ReleaseRehearsal.checkUploads(List.of(upload("USER_MANAGED", "UserToken x", "PK bundle")), BUNDLE, "1.0"))
        .isEmpty();
  }

  @Test
  @DisplayName("rejects an upload that would publish by itself, carries no token or another bundle")
  void rejectsBadUploads() {
    assertThat(ReleaseRehearsal.checkUploads(List.of(upload("AUTOMATIC", null, "PK other")), BUNDLE, "1.0"))
        .containsExactly(
            "the upload asks for publishingType AUTOMATIC, not USER_MANAGED (autoPublish must stay false)",
            "the upload carries no Central user token",
            "the upload does not carry the bundle that the build wrote");
    assertThat(ReleaseRehearsal.checkUploads(List.of(), BUNDLE, "1.0"))
        .containsExactly("expected one upload to Central, saw 0");
  }
}
