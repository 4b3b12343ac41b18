package dev.sessionhub.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Descriptive data used for search and suggestions.
 *
 * @param tags free labels, searched and filtered on; kept in the order given, without duplicates
 * @param skills skills the session exercises
 * @param difficulty how hard it is, or {@code null} when not stated
 */
public record SessionMetadata(List<String> tags, List<String> skills, @Nullable Difficulty difficulty) {

  private static final SessionMetadata EMPTY = new SessionMetadata(List.of(), List.of(), null);

  /** Copies the lists, dropping duplicates. */
  public SessionMetadata {
    tags = List.copyOf(new java.util.LinkedHashSet<>(Lists.checked("tags", tags)));
    skills = List.copyOf(new java.util.LinkedHashSet<>(Lists.checked("skills", skills)));
  }

  /** No tags, no skills, no difficulty. */
  public static SessionMetadata empty() {
    return EMPTY;
  }
}
