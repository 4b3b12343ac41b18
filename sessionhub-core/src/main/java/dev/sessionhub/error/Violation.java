package dev.sessionhub.error;

import java.util.Objects;

/**
 * One thing wrong with an input: where ({@code path}, e.g. {@code goals[3].title}) and what.
 *
 * @param path the field path within the input
 * @param message what is wrong with it
 */
public record Violation(String path, String message) {

  /** Checks both parts are present. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
