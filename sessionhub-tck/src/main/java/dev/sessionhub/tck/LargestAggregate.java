package dev.sessionhub.tck;

import static dev.sessionhub.tck.StoreData.owner;

import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.Goal;
import dev.sessionhub.model.GoalCategory;
import dev.sessionhub.model.GoalStatus;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Milestone;
import dev.sessionhub.model.Session;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The largest session the documented {@link Limits} allow, in the parts that make it large:
 * {@link Limits#GOALS_MAX} goals with titles of {@link Limits#NAME_MAX} and descriptions of
 * {@link Limits#DESCRIPTION_MAX} characters of mixed scripts, {@link Limits#MILESTONES_MAX}
 * milestones, and custom fields of exactly {@link Limits#CUSTOM_FIELDS_MAX_BYTES} bytes of
 * compact UTF-8 JSON.
 */
final class LargestAggregate {

  /** Letters of several scripts, a supplementary-plane emoji, and characters that need escaping in JSON or XML. */
  private static final int[] CODE_POINTS = "aé日Ж ßü中€\"\\\n\t<&'zΩ🚀".codePoints().toArray();

  private LargestAggregate() {}

  static Session of(String id, String ownerId) {
    List<Goal> goals = goals();
    return StoreData.aSession(id, ownerId)
        .name(text(Limits.NAME_MAX, 1))
        .description(text(Limits.DESCRIPTION_MAX, 2))
        .goals(goals)
        .milestones(milestones(goals))
        .customFields(customFields())
        .collaborators(List.of(owner(ownerId)))
        .build();
  }

  private static List<Goal> goals() {
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < Limits.GOALS_MAX; i++) {
      String parent = i % 10 == 0 || goals.isEmpty() ? null : goals.get(i - i % 10).id();
      List<String> dependsOn = i % 10 > 1 ? List.of(goals.get(i - 1).id()) : List.of();
      goals.add(new Goal("g" + i, parent, text(Limits.NAME_MAX, i), text(Limits.DESCRIPTION_MAX, i),
          GoalCategory.values()[i % GoalCategory.values().length], i % 3 == 0 ? GoalStatus.IN_PROGRESS : GoalStatus.OPEN,
          1 + i % Limits.WEIGHT_MAX, List.of(text(Limits.NOTE_MAX, i)), dependsOn, Duration.ofMinutes(1 + i), null));
    }
    return goals;
  }

  private static List<Milestone> milestones(List<Goal> goals) {
    List<Milestone> milestones = new ArrayList<>();
    for (int i = 0; i < Limits.MILESTONES_MAX; i++) {
      milestones.add(new Milestone("m" + i, text(Limits.NAME_MAX, 7 * i),
          List.of(goals.get(i).id(), goals.get(Limits.GOALS_MAX - 1 - i).id()), null));
    }
    return milestones;
  }

  /** Nested values and text fields, padded to exactly the limit. */
  static Map<String, @Nullable Object> customFields() {
    Map<String, @Nullable Object> fields = new LinkedHashMap<>();
    fields.put("nested", Map.of("list", Arrays.asList(1L, Long.MIN_VALUE, 0.25, true, null, "x"), "flag", false));
    for (int i = 0; i < 12; i++) {
      fields.put("field " + i, text(1_000, i));
    }
    int overhead = jsonBytes(Map.of("pad", "")) - 2 + 1;
    fields.put("pad", "x".repeat(Limits.CUSTOM_FIELDS_MAX_BYTES - jsonBytes(fields) - overhead));
    if (jsonBytes(fields) != Limits.CUSTOM_FIELDS_MAX_BYTES) {
      throw new IllegalStateException("custom fields are " + jsonBytes(fields) + " bytes, not the limit");
    }
    return fields;
  }

  private static int jsonBytes(Map<String, @Nullable Object> fields) {
    return SessionJson.create().writeValue(fields).getBytes(StandardCharsets.UTF_8).length;
  }

  /** Exactly {@code length} UTF-16 code units of mixed scripts, starting at a point of the cycle chosen by {@code seed}. */
  static String text(int length, int seed) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = seed; sb.length() < length; i++) {
      int cp = CODE_POINTS[Math.floorMod(i, CODE_POINTS.length)];
      sb.appendCodePoint(sb.length() + Character.charCount(cp) <= length ? cp : 'x');
    }
    return sb.toString();
  }
}
