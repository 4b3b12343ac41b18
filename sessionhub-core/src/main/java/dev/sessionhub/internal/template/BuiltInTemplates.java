package dev.sessionhub.internal.template;

import static dev.sessionhub.model.GoalCategory.DOCUMENTATION;
import static dev.sessionhub.model.GoalCategory.EXECUTION;
import static dev.sessionhub.model.GoalCategory.PLANNING;
import static dev.sessionhub.model.GoalCategory.TESTING;

import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.GoalCategory;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateGoal;
import dev.sessionhub.model.TemplateMilestone;
import dev.sessionhub.model.TemplateParameter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The templates that ship with SessionHub, version 1 each, listed in their default order:
 * bug fix, feature development, research and exploration.
 */
public final class BuiltInTemplates {

  private static final String AUTHOR = "sessionhub";
  private static final Instant CREATED_AT = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<Template> ALL = List.of(bugFix(), featureDevelopment(), researchExploration());

  private BuiltInTemplates() {}

  /** Every built-in template, in the default order. */
  public static List<Template> all() {
    return ALL;
  }

  /** The built-in template with this id, if there is one. */
  public static Optional<Template> find(String id) {
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** Whether {@code id} names a built-in template. */
  public static boolean isBuiltIn(String id) {
    return find(id).isPresent();
  }

  /** Position of a built-in in the default order; {@link Integer#MAX_VALUE} for any other id. */
  static int rank(String id) {
    for (int i = 0; i < ALL.size(); i++) {
      if (ALL.get(i).id().equals(id)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static Template bugFix() {
    return template("bug-fix", "Bug Fix",
        "Reproduce a defect in {{component}}, find its root cause, fix it and make sure it stays fixed.",
        SessionType.BUG_FIX, 90, Priority.HIGH, Difficulty.INTERMEDIATE, List.of("bug", "maintenance"),
        TemplateParameter.optional("component", "The part of the system with the bug", "the affected component"),
        List.of(
            goal("reproduce", "Reproduce the bug", "Find reliable steps that show the bug in {{component}}.",
                TESTING, 2, 15, List.of(), "The bug shows up every time the steps are followed"),
            goal("root-cause", "Find the root cause", "Trace the bug in {{component}} to the code that causes it.",
                PLANNING, 3, 25, List.of("reproduce"), "The faulty code and why it fails are written down"),
            goal("fix", "Fix the bug", "Change {{component}} so that it behaves correctly.",
                EXECUTION, 3, 25, List.of("root-cause"), "The reproduction steps no longer show the bug"),
            goal("regression-test", "Add a regression test", "Write a test that fails without the fix.",
                TESTING, 2, 15, List.of("fix"), "A test fails without the fix and passes with it"),
            goal("verify", "Verify the fix", "Run the full test suite and check {{component}} end to end.",
                TESTING, 1, 10, List.of("fix", "regression-test"), "All tests pass and no new problem appears")),
        List.of(
            new TemplateMilestone("Cause understood", List.of("reproduce", "root-cause")),
            new TemplateMilestone("Fix in place", List.of("reproduce", "root-cause", "fix")),
            new TemplateMilestone("Fix verified",
                List.of("reproduce", "root-cause", "fix", "regression-test", "verify"))));
  }

  private static Template featureDevelopment() {
    return template("feature-development", "Feature Development",
        "Design, build, test, document and review {{feature}}.",
        SessionType.FEATURE, 180, Priority.MEDIUM, Difficulty.INTERMEDIATE, List.of("feature", "development"),
        TemplateParameter.optional("feature", "The feature to build", "the feature"),
        List.of(
            goal("design", "Design {{feature}}", "Agree on the behaviour, the interfaces and the edge cases.",
                PLANNING, 3, 30, List.of(), "The design is written down and agreed"),
            goal("implement", "Implement {{feature}}", "Write the code the design describes.",
                EXECUTION, 5, 75, List.of("design"), "The feature works as designed"),
            goal("test", "Test {{feature}}", "Cover the behaviour and the edge cases with automated tests.",
                TESTING, 3, 35, List.of("implement"), "Tests cover every behaviour in the design"),
            goal("document", "Document {{feature}}", "Describe how to use it for its users.",
                DOCUMENTATION, 2, 20, List.of("implement"), "Users can learn the feature from the docs"),
            goal("review", "Get {{feature}} reviewed", "Have someone else review the code, tests and docs.",
                TESTING, 2, 20, List.of("test", "document"), "The review is approved")),
        List.of(
            new TemplateMilestone("Design agreed", List.of("design")),
            new TemplateMilestone("Feature working", List.of("design", "implement", "test")),
            new TemplateMilestone("Ready to ship", List.of("design", "implement", "test", "document", "review"))));
  }

  private static Template researchExploration() {
    return template("research-exploration", "Research & Exploration",
        "Frame a question about {{topic}}, survey what is known, experiment and summarize the findings.",
        SessionType.RESEARCH, 120, Priority.MEDIUM, Difficulty.ADVANCED, List.of("research", "exploration"),
        TemplateParameter.optional("topic", "What to research", "the topic"),
        List.of(
            goal("frame-question", "Frame the question", "State what you want to learn about {{topic}} and why.",
                PLANNING, 2, 15, List.of(), "The question and what would answer it are written down"),
            goal("survey", "Survey what is known", "Read the existing work on {{topic}}.",
                EXECUTION, 3, 35, List.of("frame-question"), "The main sources are listed with notes"),
            goal("experiment", "Experiment", "Try the most promising ideas about {{topic}} hands-on.",
                EXECUTION, 4, 45, List.of("survey"), "Each experiment has a recorded result"),
            goal("summarize", "Summarize the findings", "Write down what was learned about {{topic}}.",
                DOCUMENTATION, 2, 25, List.of("experiment"), "The summary answers the question or says why not")),
        List.of(
            new TemplateMilestone("Question framed", List.of("frame-question")),
            new TemplateMilestone("Evidence gathered", List.of("frame-question", "survey", "experiment")),
            new TemplateMilestone("Findings shared", List.of("frame-question", "survey", "experiment", "summarize"))));
  }

  private static Template template(String id, String name, String description, SessionType type, int minutes,
      Priority priority, Difficulty difficulty, List<String> tags, TemplateParameter parameter,
      List<TemplateGoal> goals, List<TemplateMilestone> milestones) {
    return new Template(id, 1, name, description, type, Duration.ofMinutes(minutes), priority, difficulty, tags,
        List.of(parameter), goals, milestones, true, AUTHOR, CREATED_AT);
  }

  private static TemplateGoal goal(String key, String title, String description, GoalCategory category,
      int weight, int minutes, List<String> dependsOn, String criterion) {
    return new TemplateGoal(key, null, title, description, category, weight, List.of(criterion), dependsOn,
        Duration.ofMinutes(minutes));
  }
}
