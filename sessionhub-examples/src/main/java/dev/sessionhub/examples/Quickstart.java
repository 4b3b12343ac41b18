package dev.sessionhub.examples;

import dev.sessionhub.FromTemplate;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.ProgressReport;
import dev.sessionhub.model.Session;
import java.io.PrintStream;

/**
 * The README's quickstart: a zero-configuration in-memory hub, a session from the built-in
 * "Bug Fix" template, a goal done, a comment, and the progress report. Its test runs it, so the
 * README's code cannot rot.
 */
public final class Quickstart {

  private Quickstart() {}

  /** Runs the quickstart and prints what happens. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the quickstart, printing to {@code out}; returns the final progress report. */
  public static ProgressReport run(PrintStream out) {
    // --- README quickstart: begin
    SessionHub hub = SessionHub.inMemory();

    Session s = hub.createFromTemplate("ann",
        FromTemplate.of("bug-fix").with("component", "the login form").named("Login fails on Safari"));
    s = hub.start("ann", s.id(), s.version());

    Goal first = s.goals().get(0);                       // "Reproduce the bug"
    s = hub.setGoalStatus("ann", s.id(), s.version(), first.id(), GoalStatus.DONE);
    hub.addComment("ann", s.id(), "Reproduced on Safari 17 only.");

    ProgressReport progress = hub.progress("ann", s.id());
    out.printf("%s: %s, %.0f%% done, %d of %d goals, %d comment(s)%n",
        s.name(), s.status(), progress.percent(), progress.goalsDone(), progress.goalsTotal(),
        hub.get("ann", s.id()).commentCount());
    // --- README quickstart: end
    return progress;
  }
}
