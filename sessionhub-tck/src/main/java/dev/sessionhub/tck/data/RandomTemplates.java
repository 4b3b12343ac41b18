package dev.sessionhub.tck.data;

import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.GoalCategory;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateGoal;
import dev.sessionhub.model.TemplateMilestone;
import dev.sessionhub.model.TemplateParameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Templates whose goals name earlier goals only as parents and dependencies, whose milestones
 * require existing goal keys, and whose texts use the parameters they declare.
 */
final class RandomTemplates {

  private static final List<String> PARAMETERS = List.of("component", "ticket", "owner_name", "version2", "area");

  private final RandomData data;

  RandomTemplates(RandomData data) {
    this.data = data;
  }

  Template next() {
    List<TemplateParameter> parameters = data.subset(PARAMETERS, 4).stream().map(this::parameter).toList();
    List<TemplateGoal> goals = goals(parameters);
    return new Template(
        "t-" + data.token(10),
        data.between(1, 50),
        placeholders(parameters) + data.nonEmptyText(120),
        data.text(2_000) + placeholders(parameters),
        data.pick(SessionType.class),
        data.duration(Limits.DURATION_MAX),
        data.pick(Priority.class),
        data.pick(Difficulty.class),
        data.subset(List.of("java", "bugs", "テスト", "review", "onboarding"), 4),
        parameters,
        goals,
        milestones(goals),
        data.chance(0.2),
        "user-" + data.token(6),
        data.instant());
  }

  private TemplateParameter parameter(String name) {
    return data.chance(0.5)
        ? TemplateParameter.required(name, data.text(200))
        : TemplateParameter.optional(name, data.text(200), data.text(50));
  }

  private String placeholders(List<TemplateParameter> parameters) {
    return parameters.isEmpty() || data.chance(0.3) ? "" : "{{" + data.pick(parameters).name() + "}} ";
  }

  private List<TemplateGoal> goals(List<TemplateParameter> parameters) {
    int n = data.count(8);
    List<TemplateGoal> goals = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> earlier = goals.stream().map(TemplateGoal::key).toList();
      goals.add(new TemplateGoal(
          "k" + i + "-" + data.token(4),
          earlier.isEmpty() || data.chance(0.6) ? null : data.pick(earlier),
          placeholders(parameters) + data.nonEmptyText(100),
          data.text(300),
          data.pick(GoalCategory.class),
          data.chance(0.1) ? Limits.WEIGHT_MAX : data.between(1, 10),
          data.list(data.between(0, 3), () -> data.nonEmptyText(200)),
          data.subset(earlier, 3),
          data.chance(0.5) ? null : data.duration(Duration.ofDays(30))));
    }
    return goals;
  }

  private List<TemplateMilestone> milestones(List<TemplateGoal> goals) {
    if (goals.isEmpty()) {
      return List.of();
    }
    List<String> keys = goals.stream().map(TemplateGoal::key).toList();
    return data.list(data.count(3), () -> {
      List<String> required = data.subset(keys, 3);
      return new TemplateMilestone(data.nonEmptyText(Limits.NAME_MAX),
          required.isEmpty() ? List.of(data.pick(keys)) : required);
    });
  }
}
