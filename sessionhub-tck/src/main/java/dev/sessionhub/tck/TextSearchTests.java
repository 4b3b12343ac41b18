package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.model.SessionQuery;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Text search: every word of the text appears, case-insensitively, as a whole word of the name,
 * description, a goal title, a tag or a learning. The corpus holds no inflected form of any word
 * searched for, so a store with stemming passes too: every session asserted missing is a clear
 * non-hit. Results are compared as sets here; their order is the sort tests' business.
 */
abstract class TextSearchTests extends SearchTests {

  @Test
  @DisplayName("finds a word in the name, description, goal titles, tags and learnings")
  void searchedFields() {
    assertThat(text("platypus")).containsExactlyInAnyOrder(id(8));
    assertThat(text("kangaroo")).containsExactlyInAnyOrder(id(3), id(8), id(21));
    assertThat(text("wombat")).containsExactlyInAnyOrder(id(13), id(17), id(21));
    assertSameAsExpected("platypus", "kangaroo", "wombat");
  }

  @Test
  @DisplayName("ignores case, in any script")
  void ignoresCase() {
    assertThat(text("KaNgArOo")).containsExactlyInAnyOrderElementsOf(text("kangaroo"));
    assertThat(text("ÜBERPRÜFUNG")).containsExactlyInAnyOrder(id(26));
    assertThat(text("überprüfung")).containsExactlyInAnyOrder(id(26));
  }

  @Test
  @DisplayName("needs every word of the text, in any order")
  void allWords() {
    assertThat(text("kangaroo wombat")).containsExactlyInAnyOrder(id(21));
    assertThat(text("wombat, kangaroo!")).containsExactlyInAnyOrder(id(21));
    assertThat(text("kangaroo platypus")).containsExactlyInAnyOrder(id(8));
    assertThat(text("platypus wombat")).isEmpty();
    assertSameAsExpected("kangaroo wombat", "platypus wombat");
  }

  @Test
  @DisplayName("splits text and query alike on anything but letters and digits")
  void punctuationSeparates() {
    assertThat(text("pipeline")).containsExactlyInAnyOrder(id(31));
    assertThat(text("rollout")).containsExactlyInAnyOrder(id(31));
    assertThat(text("deploy-pipeline")).containsExactlyInAnyOrder(id(31));
    assertThat(text("ROLLOUT/deploy")).containsExactlyInAnyOrder(id(31));
  }

  @Test
  @DisplayName("does not match part of a word")
  void wholeWordsOnly() {
    assertThat(text("kanga")).isEmpty();
    assertThat(text("garoo")).isEmpty();
    assertThat(text("wom")).isEmpty();
    assertThat(text("prüfung")).isEmpty();
  }

  @Test
  @DisplayName("does not search resources, milestones, blockers, skills, custom fields or comments")
  void unsearchedFields() {
    assertThat(text("quokka")).isEmpty();
    assertThat(found(query().text("quokka").includeArchived(true))).isEmpty();
  }

  @Test
  @DisplayName("leaves archived sessions out unless they are asked for, like every query")
  void archived() {
    assertThat(found(query().text("kangaroo").includeArchived(true)))
        .containsExactlyInAnyOrder(id(3), id(8), id(21), id(34));
    assertThat(found(query().text("kangaroo").status(dev.sessionhub.model.SessionStatus.ARCHIVED)))
        .containsExactly(id(34));
  }

  private List<String> text(String text) {
    return found(query().text(text));
  }

  /** The store's hits for each text are the oracle's, as sets. */
  private void assertSameAsExpected(String... texts) {
    for (String t : texts) {
      SessionQuery.Builder q = query().text(t);
      assertThat(found(q)).as(t).containsExactlyInAnyOrderElementsOf(expected(q));
    }
  }
}
