package dev.sessionhub.internal.memory;

import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SearchText;
import java.util.List;
import java.util.Set;

/**
 * A session's search words ({@link SearchText#of(Session)}) kept as one string, each word between
 * two spaces: {@code " checkout card bug "}. Words are runs of letters and digits, so a word
 * matches exactly when the string contains it with a space on either side. One string takes far
 * less memory than a set of separate words, and a search scans it only for the sessions it
 * reaches.
 */
final class SearchWords {

  private SearchWords() {}

  /** The words of {@code s}, joined. */
  static String of(Session s) {
    Set<String> words = SearchText.of(s);
    StringBuilder joined = new StringBuilder(words.size() * 8 + 1).append(' ');
    for (String w : words) {
      joined.append(w).append(' ');
    }
    return joined.toString();
  }

  /** What {@link #containsAll} looks for in a joined string: each query word between spaces. */
  static List<String> patterns(Set<String> queryWords) {
    return queryWords.stream().map(w -> ' ' + w + ' ').toList();
  }

  /** Whether the joined words contain every word of the query's {@link #patterns}. */
  static boolean containsAll(String joined, List<String> patterns) {
    for (String p : patterns) {
      if (!joined.contains(p)) {
        return false;
      }
    }
    return true;
  }
}
