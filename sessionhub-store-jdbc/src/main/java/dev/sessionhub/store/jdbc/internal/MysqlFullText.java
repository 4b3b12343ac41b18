package dev.sessionhub.store.jdbc.internal;

import java.util.Set;

/**
 * Which words an InnoDB FULLTEXT index holds: those within {@code innodb_ft_min_token_size} and
 * {@code innodb_ft_max_token_size} characters that are not in the default stop-word list (read
 * from the server at start; a custom stop-word table is not read, see docs/jdbc-store.md).
 */
record MysqlFullText(int minLength, int maxLength, boolean stopwords) {

  /** InnoDB's default stop words (INNODB_FT_DEFAULT_STOPWORD). */
  private static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by",
      "com", "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the",
      "this", "to", "was", "what", "when", "where", "who", "will", "with", "und", "www");

  boolean indexes(String word) {
    int length = word.codePointCount(0, word.length());
    return length >= minLength && length <= maxLength && !(stopwords && STOPWORDS.contains(word));
  }
}
