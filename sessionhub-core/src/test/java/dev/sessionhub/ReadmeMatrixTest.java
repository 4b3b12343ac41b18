package dev.sessionhub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The README's permission matrix")
class ReadmeMatrixTest {

  private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| [^|]+ \\| (\\w+) \\| (\\w+) \\| (\\w+) \\| not found \\|$", Pattern.MULTILINE);

  @Test
  @DisplayName("lists every operation with exactly the roles Operation allows")
  void matchesOperation() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher m = ROW.matcher(readme);
    while (m.find()) {
      rows.put(m.group(1), m.group(2) + "," + m.group(3) + "," + m.group(4));
    }
    Map<String, String> expected = new LinkedHashMap<>();
    for (Operation op : Operation.values()) {
      if (!op.needsMembership()) {
        continue;
      }
      expected.put(op.name(), cell(op, Role.OWNER) + "," + cell(op, Role.COLLABORATOR) + "," + cell(op, Role.VIEWER));
    }
    assertThat(rows).containsExactlyEntriesOf(expected);
  }

  @Test
  @DisplayName("lists the operations open beyond a session's members, with the audit action of every operation")
  void listsTheRest() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    for (Operation op : Operation.values()) {
      if (!op.needsMembership()) {
        assertThat(readme).contains("| `" + op.name() + "` | " + op.description() + " |");
      }
      op.auditAction().ifPresent(a -> assertThat(readme).as(op.name()).contains("`" + a + "`"));
    }
  }

  private static String cell(Operation op, Role role) {
    return op.allows(role) ? "yes" : "denied";
  }
}
