package dev.sessionhub.model;

import java.util.Objects;

/**
 * A link to something outside the session: a ticket, a document, a pull request.
 *
 * @param id unique within the session
 * @param title what the link is
 * @param url where it points (absolute http, https or mailto URI)
 */
public record Resource(String id, String title, String url) {

  /** Checks that every component is present. */
  public Resource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
  }
}
