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
 *   <li>Each member of the session adds the lexeme {@link #member(String)}: {@code @} and the user
 *       id when it is 1-100 characters of {@code [A-Za-z0-9._-]}, else {@code @#} and the hex
 *       SHA-256 of the id ({@code @} cannot occur in a word). A text search then asks the GIN
 *       index for its words and its viewer at once (schema version 4): the index intersects the
 *       two posting lists instead of the plan walking the viewer's sessions checking each for the
 *       word. Member lexemes are never left out; the words' budget shrinks by their size.
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
    return "#" + sha256(utf8);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static final java.util.regex.Pattern PLAIN_USER = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,100}");

  /** The lexeme that stands for membership of {@code userId} (the SQL of schema version 4 agrees). */
  static String member(String userId) {
    if (PLAIN_USER.matcher(userId).matches()) {
      return "@" + userId;
    }
    return "@#" + sha256(userId.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The lexemes of a session's distinct words, within the budget, then one per member, joined
   * by single spaces.
   */
  static String joined(String sessionId, Collection<String> words, Collection<String> members) {
    StringBuilder memberLexemes = new StringBuilder();
    for (String m : members) {
      memberLexemes.append(' ').append(member(m));
    }
    String w = joined(sessionId, words, BUDGET_BYTES - memberLexemes.length());
    return w.isEmpty() ? memberLexemes.substring(Math.min(1, memberLexemes.length())) : w + memberLexemes;
  }

  /**
   * The tsquery text asking for every word and membership of every user: quoted lexemes joined
   * by {@code &} (lexemes never contain a quote or a backslash).
   */
  static String tsquery(Collection<String> words, Collection<String> members) {
    StringBuilder q = new StringBuilder();
    for (String w : words) {
      q.append(q.length() == 0 ? "'" : " & '").append(of(w)).append('\'');
    }
    for (String m : members) {
      q.append(q.length() == 0 ? "'" : " & '").append(member(m)).append('\'');
    }
    return q.toString();
  }

  /** The lexemes of a session's distinct words, within the budget, joined by single spaces. */
  static String joined(String sessionId, Collection<String> words) {
    return joined(sessionId, words, BUDGET_BYTES);
  }

  private static String joined(String sessionId, Collection<String> words, long budget) {
    List<String> lexemes = new ArrayList<>(words.size());
    long total = 0;
    for (String w : words) {
      String lexeme = of(w);
      lexemes.add(lexeme);
      total += bytes(lexeme);
    }
    if (total > budget) {
      lexemes.sort(Comparator.comparingInt(PostgresLexemes::bytes).thenComparing(Comparator.naturalOrder()));
      List<String> kept = new ArrayList<>();
      long used = 0;
      for (String lexeme : lexemes) {
        int size = bytes(lexeme);
        if (used + size > budget) {
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
