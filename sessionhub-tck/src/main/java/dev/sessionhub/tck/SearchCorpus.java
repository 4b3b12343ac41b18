package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.member;
import static dev.sessionhub.tck.StoreData.owner;
import static dev.sessionhub.tck.StoreData.unique;

import dev.sessionhub.model.Blocker;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Learning;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.Resource;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.SessionWrite;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sessions the search tests run on: 40 that {@link #viewer} holds a role on, in every status,
 * type and priority, owned by the viewer or by {@link #friend}, with tags, template references,
 * creation and update times, names and progress values that repeat (so ties, broken by id,
 * occur under every sort key); and 6 of {@link #stranger}'s that the viewer cannot see.
 *
 * <p>A few words are placed for text search, each in named sessions only: "platypus" (name of
 * #8), "kangaroo" (description of #3, #21 and of the archived #34, a goal title of #8, and the
 * name of the stranger's #41), "wombat" (tag of #13, learning of #17, description of #21),
 * "überprüfung" (name of #26), "deploy", "pipeline" and "rollout" (description of #31), and
 * "quokka" only in fields that are not searched (#33). No other session holds these words or
 * any inflection of them, so every other session is a clear non-hit, even for a store that stems.
 */
final class SearchCorpus {

  static final int VISIBLE = 40;
  static final int HIDDEN = 6;
  private static final Instant CREATED = Instant.parse("2026-01-05T08:00:00Z");
  private static final Instant UPDATED = Instant.parse("2026-02-01T12:00:00Z");
  /** Names whose lower-cased forms tie ("Alpha", "alpha") or sort differently by code unit than by locale. */
  private static final List<String> NAMES = List.of("Alpha", "alpha", "Beta release", "Émile", "zeta", "Zeta",
      "Über", "0-day", "gamma", "Gamma ray", "delta", "_under");

  final String viewer = unique("viewer");
  final String friend = unique("friend");
  final String stranger = unique("stranger");
  final String templateA = unique("tpl");
  final String templateB = unique("tpl");
  private final String run = unique("q");
  /** Every session, the viewer's first (index = number), then the stranger's. */
  final List<Session> sessions;

  SearchCorpus() {
    List<Session> all = new ArrayList<>();
    for (int i = 0; i < VISIBLE + HIDDEN; i++) {
      all.add(placeWords(i, base(i)).build());
    }
    this.sessions = List.copyOf(all);
  }

  /** Session number {@code i}. */
  Session get(int i) {
    return sessions.get(i);
  }

  /** Inserts every session; #33 gets a comment holding "quokka" too. */
  void insertInto(SessionStore store) {
    for (Session s : sessions) {
      List<Comment> comments = s == get(33)
          ? List.of(new Comment(s.id() + "-c1", s.id(), 1, null, viewer, "quokka", List.of(), CREATED, null))
          : List.of();
      store.insert(new SessionWrite(s, 0, comments, List.of()));
    }
  }

  private Session.Builder base(int i) {
    SessionStatus status = SessionStatus.values()[i % 5];
    Instant createdAt = CREATED.plus(Duration.ofHours(i / 2));
    Instant updatedAt = UPDATED.plus(Duration.ofMinutes((i * 7L) % 13)).plusNanos(i == 38 ? 1 : 0);
    return Session.builder()
        .id(run + "-" + (i < 10 ? "0" : "") + i)
        .version(1 + i % 3)
        .name(NAMES.get(i % NAMES.size()))
        .description("Plain description " + i)
        .type(SessionType.values()[i % 6])
        .status(status)
        .priority(Priority.values()[(i / 5) % 4])
        .template(template(i))
        .createdAt(createdAt)
        .updatedAt(updatedAt)
        .archivedAt(status == SessionStatus.ARCHIVED ? updatedAt : null)
        .collaborators(members(i))
        .goals(goals(i))
        .metadata(new SessionMetadata(tags(i), List.of(), null));
  }

  /** Owner and members: the friend owns a quarter with the viewer collaborating and a quarter with the viewer viewing. */
  private List<Collaborator> members(int i) {
    if (i >= VISIBLE) {
      return i % 2 == 0 ? List.of(owner(stranger), member(friend, Role.VIEWER)) : List.of(owner(stranger));
    }
    return switch (i % 4) {
      case 0 -> List.of(owner(friend), member(viewer, Role.COLLABORATOR));
      case 1 -> List.of(owner(friend), member(viewer, Role.VIEWER));
      case 2 -> List.of(owner(viewer), member(friend, Role.COLLABORATOR));
      default -> List.of(owner(viewer));
    };
  }

  /** No goals for every ninth; else 1 to 4 goals of which some are done: progress 0, 25, 33.3, 50, 66.7, 75 or 100. */
  private static List<Goal> goals(int i) {
    if (i % 9 == 8) {
      return List.of();
    }
    int total = 1 + i % 4;
    return StoreData.goals((i / 4) % (total + 1), total);
  }

  private static List<String> tags(int i) {
    List<String> tags = new ArrayList<>();
    if (i % 2 == 0) {
      tags.add("java");
    }
    if (i % 3 == 0) {
      tags.add("ops");
    }
    if (i % 5 < 2) {
      tags.add("db");
    }
    return tags;
  }

  private @Nullable TemplateRef template(int i) {
    return switch (i % 3) {
      case 0 -> new TemplateRef(templateA, 1 + i % 2);
      case 1 -> new TemplateRef(templateB, 1);
      default -> null;
    };
  }

  private Session.Builder placeWords(int i, Session.Builder b) {
    Session s = b.build();
    return switch (i) {
      case 3 -> b.description("Migrating the KANGAROO cluster");
      case 8 -> b.name("Platypus plan").goals(append(s.goals(), Goal.of("g-feed", "Feed the kangaroo")));
      case 13 -> b.metadata(new SessionMetadata(append(s.metadata().tags(), "wombat"), List.of(), null));
      case 17 -> b.learnings(List.of(new Learning("l1", "A wombat sleeps all day", viewer, CREATED)));
      case 21 -> b.description("kangaroo and wombat, together");
      case 26 -> b.name("Überprüfung der Daten");
      case 31 -> b.description("Ship the deploy-pipeline/rollout");
      case 33 -> unsearchedQuokkas(s, b);
      case 34 -> b.description("Archived kangaroo notes");
      case 41 -> b.name("Kangaroo secrets");
      default -> b;
    };
  }

  /** "quokka" in a resource, a milestone, a blocker, a skill and a custom field: none of them searched. */
  private Session.Builder unsearchedQuokkas(Session s, Session.Builder b) {
    Goal goal = s.goals().get(0);
    return b.resources(List.of(new Resource("r1", "quokka docs", "https://example.com/quokka")))
        .milestones(List.of(new Milestone("m1", "quokka", List.of(goal.id()), goal.status() == GoalStatus.DONE
            ? StoreData.T0 : null)))
        .blockers(List.of(new Blocker("b1", null, "quokka", viewer, CREATED, null, null, null)))
        .metadata(new SessionMetadata(s.metadata().tags(), List.of("quokka"), null))
        .customFields(Map.of("note", "quokka"));
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }
}
