package dev.sessionhub.error;

/** An insert named an id that is already stored. Nothing was written. */
public class DuplicateIdException extends SessionHubException {

  private static final long serialVersionUID = 1L;

  private final String id;

  /** For the given id of the given kind ("session", "template", ...). */
  public DuplicateIdException(String kind, String id) {
    super(kind + " " + id + " already exists");
    this.id = id;
  }

  /** The duplicate id. */
  public String id() {
    return id;
  }
}
