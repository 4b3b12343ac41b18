package dev.sessionhub.store.jdbc.internal;

import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SearchText;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexemes of the search vector the store writes for a session on PostgreSQL (its words and,
 * since schema version 4, its members), for tools that load the store's rows in bulk, such as
 * the benchmarks' seeder: they then write exactly what the store would.
 */
public final class PostgresSearchVector {

  private PostgresSearchVector() {}

  /** The lexemes, in the order the store passes them to {@code array_to_tsvector}. */
  public static List<String> lexemes(Session s) {
    String joined = PostgresLexemes.joined(s.id(), new ArrayList<>(SearchText.of(s)), SessionRow.members(s).keySet());
    return joined.isEmpty() ? List.of() : List.of(joined.split(" "));
  }
}
