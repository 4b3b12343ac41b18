package dev.sessionhub.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.ProgressReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The README quickstart")
class QuickstartTest {

  @Test
  @DisplayName("runs, completes a goal and reports its progress")
  void runs() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ProgressReport report = Quickstart.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertThat(report.goalsDone()).isEqualTo(1);
    assertThat(report.goalsTotal()).isEqualTo(5);
    assertThat(report.percent()).isGreaterThan(0).isLessThan(100);
    assertThat(buf.toString(StandardCharsets.UTF_8)).startsWith("Login fails on Safari: ACTIVE").contains("1 comment(s)");
  }

  @Test
  @DisplayName("is the code the README shows, line for line")
  void readmeShowsIt() throws Exception {
    String source = Files.readString(Path.of("src/main/java/dev/sessionhub/examples/Quickstart.java"));
    String block = source.substring(source.indexOf("// --- README quickstart: begin") + "// --- README quickstart: begin".length(),
        source.indexOf("    // --- README quickstart: end"));
    String readme = Files.readString(Path.of("../README.md"));
    for (String line : block.strip().split("\n")) {
      assertThat(readme).as("README contains the quickstart line").contains(line.strip());
    }
  }
}
