package dev.sessionhub.store.jdbc.internal;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Text search per dialect: every query word must be a whole search word of the session. The
 * words are already tokenized and lower-cased by {@link dev.sessionhub.spi.SearchText} on both
 * sides, so each engine only checks membership:
 * <ul>
 *   <li>PostgreSQL: a {@code tsvector} built with {@code array_to_tsvector} (no parser, no
 *       stemming, no stop words) under a GIN index, queried with a tsquery of quoted lexemes
 *       (long words as their hash, {@link PostgresLexemes});
 *   <li>MariaDB/MySQL: an InnoDB FULLTEXT index narrows the rows for the words it indexes
 *       (length within the token-size bounds, not a stop word); an exact-word LIKE on the
 *       space-delimited word list decides, so short words and stop words match too;
 *   <li>H2: one row per (session, word), indexed by word; one EXISTS per query word.
 * </ul>
 */
interface FullText {

  /** Adds the condition for {@code words} (never empty) through {@code sink}. */
  void condition(Set<String> words, ConditionSink sink);

  /** Receives one SQL condition and its arguments. */
  interface ConditionSink {
    void add(String sql, Object... args);
  }

  static FullText postgres(Tables t) {
    // Words are runs of letters and digits, lexemes too (or # and hex): never a quote or a backslash.
    return (words, sink) -> sink.add("s.search @@ CAST(? AS tsquery)", PostgresLexemes.tsquery(words, Set.of()));
  }

  static FullText h2(Tables t) {
    return (words, sink) -> {
      for (String w : words) {
        sink.add("EXISTS (SELECT 1 FROM " + t.words() + " w WHERE w.session_id = s.id AND w.word = ?)", w);
      }
    };
  }

  static FullText mysql(MysqlFullText settings) {
    return (words, sink) -> {
      String indexed = words.stream().filter(settings::indexes).map(w -> "+\"" + w + "\"")
          .collect(Collectors.joining(" "));
      if (!indexed.isEmpty()) {
        sink.add("MATCH (s.words) AGAINST (? IN BOOLEAN MODE)", indexed);
      }
      for (String w : words) {
        sink.add("s.words LIKE ?", "% " + w + " %");
      }
    };
  }
}
