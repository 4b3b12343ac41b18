package dev.sessionhub.spring.web.internal;

import dev.sessionhub.FromTemplate;
import dev.sessionhub.GoalPatch;
import dev.sessionhub.NewGoal;
import dev.sessionhub.NewSession;
import dev.sessionhub.SessionPatch;
import dev.sessionhub.TemplateDraft;
import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.GoalCategory;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.SessionMetadata;
import dev.sessionhub.model.SessionSettings;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.TemplateGoal;
import dev.sessionhub.model.TemplateMilestone;
import dev.sessionhub.model.TemplateParameter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Request bodies to the facade's commands. Field names are those of the commands (and of core's
 * JSON form); every mapper reads all fields, then {@link Fields#done()} throws every violation at
 * once. Rules on values (lengths, ranges, ids) are core's and are checked by the facade.
 */
final class Requests {

  private Requests() {}

  static NewSession newSession(Fields f) {
    String name = f.text("name");
    String description = f.text("description", "");
    SessionType type = f.enumOf("type", SessionType.class, SessionType.OTHER);
    Priority priority = f.enumOf("priority", Priority.class, Priority.MEDIUM);
    Duration estimate = f.optDuration("estimatedDuration");
    List<String> tags = f.strings("tags");
    List<String> skills = f.strings("skills");
    Difficulty difficulty = f.optEnum("difficulty", Difficulty.class);
    SessionSettings settings = settings(f.optFields("settings"), SessionSettings.defaults());
    Map<String, @Nullable Object> custom = f.optObject("customFields");
    f.done();
    return new NewSession(name, description, type, priority, estimate, tags, skills, difficulty, settings,
        custom == null ? Map.of() : custom);
  }

  static FromTemplate fromTemplate(Fields f) {
    String template = f.text("template");
    Integer version = f.optInt("templateVersion");
    Map<String, String> parameters = f.stringMap("parameters");
    FromTemplate spec = new FromTemplate(template, version, parameters, f.optText("name"), f.optText("description"),
        f.optDuration("estimatedDuration"), f.optEnum("priority", Priority.class));
    f.done();
    return spec;
  }

  /**
   * A merge patch of a session's own fields. {@code settings} and the metadata fields
   * ({@code tags}, {@code skills}, {@code difficulty}) merge into the current values, read only
   * when the patch names one of them.
   */
  static SessionPatch sessionPatch(Fields f, Supplier<SessionSettings> currentSettings,
      Supplier<SessionMetadata> currentMetadata) {
    SessionPatch p = SessionPatch.empty();
    if (f.has("name")) {
      p = p.name(f.text("name"));
    }
    if (f.has("description")) {
      p = p.description(f.text("description"));
    }
    SessionType type = f.optEnum("type", SessionType.class);
    if (type != null) {
      p = p.type(type);
    }
    Priority priority = f.optEnum("priority", Priority.class);
    if (priority != null) {
      p = p.priority(priority);
    }
    Duration estimate = f.optDuration("estimatedDuration");
    if (estimate != null) {
      p = p.estimatedDuration(estimate);
    }
    Fields settings = f.optFields("settings");
    if (settings != null) {
      p = p.settings(settings(settings, currentSettings.get()));
    }
    List<String> tags = f.optStrings("tags");
    List<String> skills = f.optStrings("skills");
    Difficulty difficulty = f.optEnum("difficulty", Difficulty.class);
    if (!f.anyViolation() && (tags != null || skills != null || difficulty != null)) {
      SessionMetadata m = currentMetadata.get();
      p = p.metadata(new SessionMetadata(tags == null ? m.tags() : tags, skills == null ? m.skills() : skills,
          difficulty == null ? m.difficulty() : difficulty));
    }
    Map<String, @Nullable Object> custom = f.optObject("customFields");
    if (custom != null) {
      p = p.customFields(custom);
    }
    f.done();
    if (p.isEmpty()) {
      throw HttpProblem.badRequest("body", "names no field to change");
    }
    return p;
  }

  private static SessionSettings settings(@Nullable Fields f, SessionSettings base) {
    if (f == null) {
      return base;
    }
    Boolean comments = f.optBool("commentsEnabled");
    Boolean mentions = f.optBool("notifyMentions");
    Duration reminder = f.optDuration("breakReminder");
    return new SessionSettings(comments == null ? base.commentsEnabled() : comments,
        mentions == null ? base.notifyMentions() : mentions, reminder == null ? base.breakReminder() : reminder);
  }

  static NewGoal newGoal(Fields f) {
    String title = f.text("title");
    String description = f.text("description", "");
    GoalCategory category = f.enumOf("category", GoalCategory.class, GoalCategory.OTHER);
    Integer weight = f.optInt("weight");
    List<String> criteria = f.strings("successCriteria");
    List<String> dependsOn = f.strings("dependsOn");
    Duration estimate = f.optDuration("estimate");
    String parentId = f.optText("parentId");
    f.done();
    return new NewGoal(title, description, category, weight == null ? 1 : weight, criteria, dependsOn, estimate, parentId);
  }

  static GoalPatch goalPatch(Fields f) {
    GoalPatch p = new GoalPatch(f.optText("title"), f.optText("description"), f.optEnum("category", GoalCategory.class),
        f.optInt("weight"), f.optStrings("successCriteria"), f.optDuration("estimate"));
    f.done();
    if (p.equals(GoalPatch.empty())) {
      throw HttpProblem.badRequest("body", "names no field to change");
    }
    return p;
  }

  static TemplateDraft templateDraft(Fields f) {
    String id = f.text("id");
    String name = f.text("name");
    String description = f.text("description", "");
    SessionType type = f.requiredEnum("type", SessionType.class, SessionType.OTHER);
    Duration estimate = f.optDuration("estimatedDuration");
    if (estimate == null && !f.has("estimatedDuration")) {
      f.fail(f.path("estimatedDuration"), "is required");
    }
    Priority priority = f.enumOf("defaultPriority", Priority.class, Priority.MEDIUM);
    Difficulty difficulty = f.requiredEnum("difficulty", Difficulty.class, Difficulty.BEGINNER);
    List<String> tags = f.strings("tags");
    List<TemplateParameter> parameters = f.objects("parameters").stream().map(Requests::parameter).toList();
    List<TemplateGoal> goals = f.objects("goals").stream().map(Requests::templateGoal).toList();
    List<TemplateMilestone> milestones = f.objects("milestones").stream()
        .map(m -> new TemplateMilestone(m.text("name"), m.strings("requiredGoalKeys"))).toList();
    f.done();
    return new TemplateDraft(id, name, description, type, estimate == null ? Duration.ZERO : estimate, priority,
        difficulty, tags, parameters, goals, milestones);
  }

  private static TemplateParameter parameter(Fields p) {
    Boolean required = p.optBool("required");
    return new TemplateParameter(p.text("name"), p.text("description", ""), required == null || required,
        p.optText("defaultValue"));
  }

  private static TemplateGoal templateGoal(Fields g) {
    Integer weight = g.optInt("weight");
    return new TemplateGoal(g.text("key"), g.optText("parentKey"), g.text("title"), g.text("description", ""),
        g.enumOf("category", GoalCategory.class, GoalCategory.OTHER), weight == null ? 1 : weight,
        g.strings("successCriteria"), g.strings("dependsOn"), g.optDuration("estimate"));
  }
}
