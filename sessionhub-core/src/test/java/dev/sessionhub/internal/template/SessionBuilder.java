package dev.sessionhub.internal.template;

import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.LifecycleAction;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.StatusChange;
import dev.sessionhub.model.TemplateRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Test data builder: a draft session owned by "ana", from no template, at a fixed time. */
final class SessionBuilder {

  static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");

  private final Session.Builder b;
  private final List<Collaborator> members = new ArrayList<>();
  private String owner = "ana";

  private SessionBuilder(String id) {
    b = Session.builder().id(id).name("Session " + id).createdAt(T0).updatedAt(T0);
  }

  static SessionBuilder aSession(String id) {
    return new SessionBuilder(id);
  }

  SessionBuilder ownedBy(String userId) {
    owner = userId;
    return this;
  }

  SessionBuilder withMember(String userId, Role role) {
    members.add(new Collaborator(userId, role, T0));
    return this;
  }

  SessionBuilder from(String templateId) {
    return from(templateId, 1);
  }

  SessionBuilder from(String templateId, int version) {
    b.template(new TemplateRef(templateId, version));
    return this;
  }

  SessionBuilder withEstimate(@Nullable Duration estimate) {
    b.estimatedDuration(estimate);
    return this;
  }

  SessionBuilder withDifficulty(Difficulty d) {
    b.metadata(new SessionMetadata(List.of(), List.of(), d));
    return this;
  }

  SessionBuilder active() {
    b.status(SessionStatus.ACTIVE).startedAt(T0)
        .history(List.of(change(SessionStatus.DRAFT, SessionStatus.ACTIVE, LifecycleAction.START, T0)));
    return this;
  }

  /** Started at T0 and completed after {@code active} of work. */
  SessionBuilder completedAfter(Duration active) {
    Instant end = T0.plus(active);
    b.status(SessionStatus.COMPLETED).startedAt(T0).completedAt(end).history(List.of(
        change(SessionStatus.DRAFT, SessionStatus.ACTIVE, LifecycleAction.START, T0),
        change(SessionStatus.ACTIVE, SessionStatus.COMPLETED, LifecycleAction.COMPLETE, end)));
    return this;
  }

  SessionBuilder completed() {
    return completedAfter(Duration.ofMinutes(30));
  }

  /** Completed after {@code active}, then archived an hour later. */
  SessionBuilder archivedAfterCompletion(Duration active) {
    Instant end = T0.plus(active);
    Instant archived = end.plusSeconds(3600);
    b.status(SessionStatus.ARCHIVED).startedAt(T0).completedAt(end).archivedAt(archived).history(List.of(
        change(SessionStatus.DRAFT, SessionStatus.ACTIVE, LifecycleAction.START, T0),
        change(SessionStatus.ACTIVE, SessionStatus.COMPLETED, LifecycleAction.COMPLETE, end),
        change(SessionStatus.COMPLETED, SessionStatus.ARCHIVED, LifecycleAction.ARCHIVE, archived)));
    return this;
  }

  SessionBuilder archivedUnfinished() {
    b.status(SessionStatus.ARCHIVED).archivedAt(T0)
        .history(List.of(change(SessionStatus.DRAFT, SessionStatus.ARCHIVED, LifecycleAction.ARCHIVE, T0)));
    return this;
  }

  Session build() {
    List<Collaborator> all = new ArrayList<>();
    all.add(new Collaborator(owner, Role.OWNER, T0));
    all.addAll(members);
    return b.collaborators(all).build();
  }

  private StatusChange change(SessionStatus from, SessionStatus to, LifecycleAction action, Instant at) {
    return new StatusChange(from, to, action, owner, at);
  }
}
