package dev.sessionhub.benchmarks;

import dev.sessionhub.NewGoal;
import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.GoalCategory;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the "typical session" of the heap figure through the public facade: 10 goals (a chain
 * of dependencies, one success criterion each), 3 milestones, 3 members besides the owner and
 * 10 comments, 3 of which mention a member. Every text is unique to the session, as real text
 * would be; user ids come from a pool of 1,000 users but are fresh strings per session, as they
 * would be when read from requests. That is 27 stored writes: 1 create and 26 changes.
 */
final class TypicalSession {

  static final int GOALS = 10;
  static final int MILESTONES = 3;
  static final int MEMBERS = 3;
  static final int COMMENTS = 10;
  static final int WRITES = 1 + GOALS + MILESTONES + MEMBERS + COMMENTS;

  private TypicalSession() {}

  /** Creates session number {@code n} in {@code hub} and returns its id. */
  static String create(SessionHub hub, int n) {
    String owner = owner(n);
    List<String> members = List.of(user(n + 1), user(n + 2), user(n + 3));
    Session s = hub.create(owner, NewSession.named("Bug #" + n + ": checkout fails for saved cards")
        .withDescription("Customers with a saved card see an error on the last checkout step (ticket " + n
            + "). Started after the release of the new payment form; affects roughly 2% of orders.")
        .withType(SessionType.BUG_FIX).withPriority(Priority.HIGH).withEstimate(Duration.ofMinutes(180))
        .withTags("bug", "checkout"));
    s = addGoals(hub, owner, s, n);
    s = addMilestones(hub, owner, s);
    s = addMembers(hub, owner, s, members);
    addComments(hub, owner, s, members, n);
    return s.id();
  }

  private static Session addGoals(SessionHub hub, String owner, Session s, int n) {
    String previous = null;
    for (int g = 1; g <= GOALS; g++) {
      NewGoal goal = NewGoal.titled("Step " + g + " of bug #" + n + ": check the card flow")
          .withDescription("Work through step " + g + " for ticket " + n + " and write down what was found.")
          .withCategory(GoalCategory.values()[g % GoalCategory.values().length])
          .withWeight(1 + g % 3)
          .withEstimate(Duration.ofMinutes(15))
          .withCriteria("Step " + g + " of ticket " + n + " is checked and noted");
      s = hub.addGoal(owner, s.id(), s.version(), previous == null ? goal : goal.dependingOn(previous));
      previous = s.goals().get(s.goals().size() - 1).id();
    }
    return s;
  }

  private static Session addMilestones(SessionHub hub, String owner, Session s) {
    int[] reach = {3, 6, GOALS};
    for (int m = 0; m < MILESTONES; m++) {
      List<String> required = new ArrayList<>();
      for (int g = 0; g < reach[m]; g++) {
        required.add(s.goals().get(g).id());
      }
      s = hub.addMilestone(owner, s.id(), s.version(), "Milestone " + (m + 1) + " of " + s.name(), required);
    }
    return s;
  }

  private static Session addMembers(SessionHub hub, String owner, Session s, List<String> members) {
    Role[] roles = {Role.COLLABORATOR, Role.COLLABORATOR, Role.VIEWER};
    for (int m = 0; m < MEMBERS; m++) {
      s = hub.addCollaborator(owner, s.id(), s.version(), members.get(m), roles[m]);
    }
    return s;
  }

  private static void addComments(SessionHub hub, String owner, Session s, List<String> members, int n) {
    for (int c = 1; c <= COMMENTS; c++) {
      String author = c % 2 == 0 ? owner : members.get(c % MEMBERS);
      String mention = c % 3 == 0 ? " @" + members.get(0) + " can you confirm?" : "";
      hub.addComment(author, s.id(), "Comment " + c + " on ticket " + n
          + ": reproduced with a saved Visa card on the staging shop, the request times out after 30 s." + mention);
    }
  }

  /** The owner of session number {@code n}. */
  static String owner(int n) {
    return user(n);
  }

  /** A fresh string for one of 1,000 user ids. */
  private static String user(int n) {
    return "user-" + (n % 1_000);
  }
}
