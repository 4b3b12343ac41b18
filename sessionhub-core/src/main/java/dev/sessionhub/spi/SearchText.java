package dev.sessionhub.spi;

import dev.sessionhub.model.Goal;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Session;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The text-search tokenization every store follows (see {@link SessionSearch}): words are
 * maximal runs of letters and digits ({@link Character#isLetterOrDigit(int)}), lower-cased with
 * {@link Locale#ROOT}. The same rule splits the query text and the searchable text of a session
 * (name, description, goal titles, tags, learnings). Stores may use it to build their own index.
 */
public final class SearchText {

  private SearchText() {}

  /** The distinct words of {@code text}, in order of first appearance. */
  public static Set<String> of(String text) {
    Set<String> words = new LinkedHashSet<>();
    addWords(text, words);
    return words;
  }

  /** The words of a session's name, description, goal titles, tags and learnings. */
  public static Set<String> of(Session s) {
    Set<String> words = new HashSet<>();
    addWords(s.name(), words);
    addWords(s.description(), words);
    for (Goal g : s.goals()) {
      addWords(g.title(), words);
    }
    for (String tag : s.metadata().tags()) {
      addWords(tag, words);
    }
    for (Learning l : s.learnings()) {
      addWords(l.text(), words);
    }
    return Set.copyOf(words);
  }

  private static void addWords(String text, Set<String> into) {
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        into.add(word(text, start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      into.add(word(text, start, text.length()));
    }
  }

  private static String word(String text, int from, int to) {
    return text.substring(from, to).toLowerCase(Locale.ROOT);
  }
}
