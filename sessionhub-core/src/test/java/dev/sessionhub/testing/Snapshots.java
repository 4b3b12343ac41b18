package dev.sessionhub.testing;

import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import java.time.Instant;
import java.util.List;

/** The smallest valid session snapshots, for cache tests: an id, a version, an owner. */
public final class Snapshots {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private Snapshots() {}

  /** Session {@code id} at {@code version}, named {@code v<version>}, owned by {@code owner}. */
  public static Session session(String id, long version) {
    return Session.builder().id(id).name("v" + version).version(version).createdAt(T0).updatedAt(T0)
        .collaborators(List.of(new Collaborator("owner", Role.OWNER, T0))).build();
  }
}
