package dev.sessionhub.store.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lexemes of a session's PostgreSQL {@code tsvector}, within the type's limits: a lexeme of
 * at most 2,047 bytes (PostgreSQL 17 silently truncates a longer one's length) and at most
 * 1,048,575 bytes of lexemes in one value (beyond that {@code array_to_tsvector} fails).
 * <ul>
 *   <li>A word longer than {@value #LONG_WORD_BYTES} bytes in UTF-8 is stored as {@code #} and the
 *       hex SHA-256 of its UTF-8 bytes. A query word goes through the same mapping, so a long word
 *       still matches only itself ({@code #} cannot occur in a word: words are letters and
 *       digits). Schema version 2 applies the same mapping in SQL to vectors written before.
 *   <li>A session whose lexemes exceed {@value #BUDGET_BYTES} bytes in all (only possible with
 *       text near several of core's limits at once) keeps the shortest lexemes in bytes (ties in
 *       {@link String} order) up to that budget: its write succeeds, and searches for the words
 *       left out do not find it. A warning says so, at most once a minute.
 * </ul>
 */
final class PostgresLexemes {

  /** Longer words are stored as their hash (65 bytes): keeps GIN entries small. */
  static final int LONG_WORD_BYTES = 128;

  /** Bytes of lexemes kept per session, under PostgreSQL's 1,048,575. */
  static final int BUDGET_BYTES = 1_000_000;

  private static final long WARN_EVERY_NANOS = 60_000_000_000L;

  private static final Logger LOG = LoggerFactory.getLogger(PostgresLexemes.class);

  private static final AtomicLong LAST_WARNING = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

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
      total += bytes(lexeme);
    }
    if (total > BUDGET_BYTES) {
      lexemes.sort(Comparator.comparingInt(PostgresLexemes::bytes).thenComparing(Comparator.naturalOrder()));
      List<String> kept = new ArrayList<>();
      long used = 0;
      for (String lexeme : lexemes) {
        int size = bytes(lexeme);
        if (used + size > BUDGET_BYTES) {
          break;
        }
        kept.add(lexeme);
        used += size;
      }
      warn(sessionId, kept.size(), lexemes.size());
      lexemes = kept;
    }
    return String.join(" ", lexemes);
  }

  private static int bytes(String lexeme) {
    return lexeme.getBytes(StandardCharsets.UTF_8).length;
  }

  private static void warn(String sessionId, int kept, int all) {
    long now = System.nanoTime();
    long last = LAST_WARNING.get();
    if (now - last >= WARN_EVERY_NANOS && LAST_WARNING.compareAndSet(last, now)) {
      LOG.warn("session {}: {} of its {} search words fit PostgreSQL's tsvector limit; searches for the"
          + " other {} (the longest) will not find it (logged at most once a minute)", sessionId, kept, all,
          all - kept);
    } else {
      LOG.debug("session {}: {} of its {} search words fit PostgreSQL's tsvector limit", sessionId, kept, all);
    }
  }
}
