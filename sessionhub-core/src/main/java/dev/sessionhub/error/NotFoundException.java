package dev.sessionhub.error;

/**
 * The named thing does not exist, or the acting user may not know that it does (a user with
 * no role on a session is told it does not exist).
 */
public class NotFoundException extends SessionHubException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /** For a thing of the given kind ("session", "goal", "template", ...) and id. */
  public NotFoundException(String kind, String id) {
    super(kind + " " + id + " not found");
    this.kind = kind;
    this.id = id;
  }

  /** What kind of thing was looked for. */
  public String kind() {
    return kind;
  }

  /** The id that was looked for. */
  public String id() {
    return id;
  }
}
