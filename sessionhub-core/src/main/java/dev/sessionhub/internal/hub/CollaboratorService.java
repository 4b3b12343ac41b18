package dev.sessionhub.internal.hub;

import dev.sessionhub.Operation;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Sharing: adding and removing members, changing roles, transferring ownership. */
final class CollaboratorService {

  private final SessionWriter writer;

  CollaboratorService(SessionWriter writer) {
    this.writer = writer;
  }

  Session add(String actor, String sessionId, long v, String userId, Role role) {
    Inputs.actor(userId);
    notOwnerRole(role);
    return writer.edit(actor, sessionId, v, Operation.ADD_COLLABORATOR, (s, now) -> {
      if (s.roleOf(userId).isPresent()) {
        throw ValidationException.of("userId", "user " + userId + " is already a member");
      }
      List<Collaborator> cs = new ArrayList<>(s.collaborators());
      cs.add(new Collaborator(userId, role, now));
      return SessionWriter.Outcome.of(s.toBuilder().collaborators(cs).build());
    });
  }

  Session changeRole(String actor, String sessionId, long v, String userId, Role role) {
    notOwnerRole(role);
    return writer.edit(actor, sessionId, v, Operation.CHANGE_ROLE, (s, now) -> {
      if (requireMember(s, userId) == Role.OWNER) {
        throw ValidationException.of("userId", "the owner's role changes only by transferring ownership");
      }
      return SessionWriter.Outcome.of(withRole(s, userId, role, now));
    });
  }

  Session remove(String actor, String sessionId, long v, String userId) {
    return writer.edit(actor, sessionId, v, Operation.REMOVE_COLLABORATOR, (s, now) -> {
      if (requireMember(s, userId) == Role.OWNER) {
        throw ValidationException.of("userId", "the owner cannot be removed; transfer ownership first");
      }
      List<Collaborator> cs = new ArrayList<>(s.collaborators());
      cs.removeIf(c -> c.userId().equals(userId));
      return SessionWriter.Outcome.of(s.toBuilder().collaborators(cs).build());
    });
  }

  Session transferOwnership(String actor, String sessionId, long v, String newOwner) {
    return writer.edit(actor, sessionId, v, Operation.TRANSFER_OWNERSHIP, (s, now) -> {
      if (requireMember(s, newOwner) == Role.OWNER) {
        throw ValidationException.of("newOwnerId", "user " + newOwner + " already owns the session");
      }
      List<Collaborator> cs = new ArrayList<>(s.collaborators().size());
      for (Collaborator c : s.collaborators()) {
        Role r = c.userId().equals(newOwner) ? Role.OWNER : c.role() == Role.OWNER ? Role.COLLABORATOR : c.role();
        cs.add(r == c.role() ? c : new Collaborator(c.userId(), r, now));
      }
      return SessionWriter.Outcome.of(s.toBuilder().collaborators(cs).build());
    });
  }

  private static Role requireMember(Session s, String userId) {
    return s.roleOf(userId).orElseThrow(() -> new NotFoundException("member", userId));
  }

  private static void notOwnerRole(Role role) {
    Objects.requireNonNull(role, "role");
    if (role == Role.OWNER) {
      throw ValidationException.of("role", "there is one owner; use transferOwnership");
    }
  }

  private static Session withRole(Session s, String userId, Role role, Instant now) {
    List<Collaborator> cs = new ArrayList<>(s.collaborators().size());
    for (Collaborator c : s.collaborators()) {
      cs.add(c.userId().equals(userId) ? new Collaborator(userId, role, now) : c);
    }
    return s.toBuilder().collaborators(cs).build();
  }
}
