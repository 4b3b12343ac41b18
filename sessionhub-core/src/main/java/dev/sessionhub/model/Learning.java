package dev.sessionhub.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A short note captured during a session: something learned worth keeping.
 *
 * @param id unique within the session
 * @param text the note
 * @param author who wrote it
 * @param createdAt when
 */
public record Learning(String id, String text, String author, Instant createdAt) {

  /** Checks that every component is present. */
  public Learning {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
