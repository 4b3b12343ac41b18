package dev.sessionhub.tck.data;

import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import java.time.Instant;
import java.util.List;

/**
 * Test data builders for sessions, shared by the kit and adapters' own tests:
 * {@code aSession("s1", "ann", t0).goals(...).build()}.
 */
public final class Sessions {

  private Sessions() {}

  /**
   * A builder of a DRAFT session at version 1 named {@code "Session <id>"}, created and updated at
   * {@code at}, whose only member is {@code owner}, its owner since {@code at}.
   */
  public static Session.Builder aSession(String id, String owner, Instant at) {
    return Session.builder().id(id).name("Session " + id).version(1).createdAt(at).updatedAt(at)
        .collaborators(List.of(new Collaborator(owner, Role.OWNER, at)));
  }
}
