package dev.sessionhub.spi;

import dev.sessionhub.model.Goal;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Session;
import java.util.Collections;
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
    Set<String> words = new HashSet<>(128);
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
    return Collections.unmodifiableSet(words);
  }

  private static void addWords(String text, Set<String> into) {
    int start = -1;
    boolean ascii = true;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      boolean wordChar;
      int width = 1;
      if (c < 0x80) {
        wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
      } else {
        int cp = text.codePointAt(i);
        width = Character.charCount(cp);
        wordChar = Character.isLetterOrDigit(cp);
        ascii = ascii && !wordChar;
      }
      if (wordChar) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        into.add(word(text, start, i, ascii));
        start = -1;
        ascii = true;
      }
      i += width;
    }
    if (start >= 0) {
      into.add(word(text, start, n, ascii));
    }
  }

  /** The word, lower-cased: ASCII by hand, anything else as {@link String#toLowerCase(Locale)} does. */
  private static String word(String text, int from, int to, boolean ascii) {
    if (!ascii) {
      return text.substring(from, to).toLowerCase(Locale.ROOT);
    }
    int firstUpper = from;
    while (firstUpper < to && !(text.charAt(firstUpper) >= 'A' && text.charAt(firstUpper) <= 'Z')) {
      firstUpper++;
    }
    if (firstUpper == to) {
      return text.substring(from, to);
    }
    char[] chars = new char[to - from];
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      chars[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(chars);
  }
}
