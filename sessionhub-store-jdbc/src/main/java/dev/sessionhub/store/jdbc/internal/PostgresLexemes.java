package dev.sessionhub.store.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lexemes of a session's PostgreSQL {@code tsvector}, within the type's limits: a lexeme of
 * at most 2,047 bytes and at most 1 MiB of lexemes in one value (beyond either,
 * {@code array_to_tsvector} fails or the value is unusable).
 * <ul>
 *   <li>A word longer than {@value #LONG_WORD_BYTES} bytes in UTF-8 is stored as {@code #} and the
 *       hex SHA-256 of the word. A query word goes through the same mapping, so a long word still
 *       matches only itself ({@code #} cannot occur in a word: words are letters and digits).
 *   <li>A session whose lexemes exceed {@value #BUDGET_BYTES} bytes in all (only possible with
 *       text near several of core's limits at once) keeps the shortest lexemes (ties in
 *       {@link String} order) up to that budget, and logs a warning: its write succeeds, and
 *       searches for the words left out do not find it.
 * </ul>
 */
final class PostgresLexemes {

  /** Longer words are stored as their hash (65 bytes): keeps GIN entries small. */
  static final int LONG_WORD_BYTES = 128;

  /** Bytes of lexemes kept per session; PostgreSQL's limit is 1,048,575 plus 4 per lexeme. */
  static final int BUDGET_BYTES = 900_000;

  private static final int ENTRY_BYTES = 4;

  private static final Logger LOG = LoggerFactory.getLogger(PostgresLexemes.class);

  private PostgresLexemes() {}

  /** The lexeme that stands for {@code word}. */
  static String of(String word) {
    byte[] utf8 = word.getBytes(StandardCharsets.UTF_8);
    if (utf8.length <= LONG_WORD_BYTES) {
      return word;
    }
    try {
      return "#" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The lexemes of a session's distinct words, within the budget, joined by single spaces. */
  static String joined(String sessionId, Collection<String> words) {
    List<String> lexemes = new ArrayList<>(words.size());
    long total = 0;
    for (String w : words) {
      String lexeme = of(w);
      lexemes.add(lexeme);
      total += lexeme.getBytes(StandardCharsets.UTF_8).length + ENTRY_BYTES;
    }
    if (total > BUDGET_BYTES) {
      lexemes.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
      List<String> kept = new ArrayList<>();
      long used = 0;
      for (String lexeme : lexemes) {
        int size = lexeme.getBytes(StandardCharsets.UTF_8).length + ENTRY_BYTES;
        if (used + size > BUDGET_BYTES) {
          break;
        }
        kept.add(lexeme);
        used += size;
      }
      LOG.warn("session {}: {} of its {} search words fit PostgreSQL's tsvector limit; searches for the"
          + " other {} (the longest) will not find it", sessionId, kept.size(), lexemes.size(),
          lexemes.size() - kept.size());
      lexemes = kept;
    }
    return String.join(" ", lexemes);
  }
}
