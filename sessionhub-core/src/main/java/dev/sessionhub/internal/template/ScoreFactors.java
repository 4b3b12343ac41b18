package dev.sessionhub.internal.template;

import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateSuggestion.ScoreFactor;
import java.util.List;
import java.util.Locale;

/** The suggestion formula, factor by factor: each value is 0 to 1 and counts with a fixed weight. */
final class ScoreFactors {

  static final double USAGE = 0.40;
  static final double COMPLETION_RATE = 0.25;
  static final double DURATION_ACCURACY = 0.20;
  static final double DIFFICULTY_MATCH = 0.15;

  private static final double UNKNOWN = 0.5;
  private static final int DIFFICULTY_SPAN = Difficulty.values().length - 1;

  private ScoreFactors() {}

  /** The four factors of {@code t} for the user whose history this is. */
  static List<ScoreFactor> of(Template t, UserHistory h) {
    return List.of(usage(t, h), completionRate(t, h), durationAccuracy(t, h), difficultyMatch(t, h));
  }

  /** Uses of this template relative to the user's most used template. */
  static ScoreFactor usage(Template t, UserHistory h) {
    int uses = h.uses(t.id());
    if (uses == 0) {
      return factor("usage", 0.0, USAGE, "not used yet");
    }
    String most = uses == h.mostUses()
        ? ", the most of any template"
        : "; your most used template " + times(h.mostUses());
    return factor("usage", (double) uses / h.mostUses(), USAGE, "used " + times(uses) + most);
  }

  /** Completed sessions out of those started from it, smoothed so an unused template gets 0.5. */
  static ScoreFactor completionRate(Template t, UserHistory h) {
    int uses = h.uses(t.id());
    int completed = h.completions(t.id());
    String explanation = uses == 0
        ? "no sessions yet, so an even chance is assumed"
        : completed + " of " + uses + " sessions completed";
    return factor("completionRate", (completed + 1.0) / (uses + 2.0), COMPLETION_RATE, explanation);
  }

  /** One minus the mean relative error of the estimate in completed sessions, floored at 0. */
  static ScoreFactor durationAccuracy(Template t, UserHistory h) {
    List<Double> errors = h.estimateErrors(t.id());
    if (errors.isEmpty()) {
      return factor("durationAccuracy", UNKNOWN, DURATION_ACCURACY, "no completed session with an estimate yet");
    }
    double mean = errors.stream().mapToDouble(Double::doubleValue).sum() / errors.size();
    String explanation = String.format(Locale.ROOT, "completed sessions were off their estimate by %d%% on average",
        Math.round(mean * 100));
    return factor("durationAccuracy", 1.0 - Math.min(1.0, mean), DURATION_ACCURACY, explanation);
  }

  /** How close the template's difficulty is to the one the user usually works at. */
  static ScoreFactor difficultyMatch(Template t, UserHistory h) {
    Difficulty usual = h.typicalDifficulty();
    if (usual == null) {
      return factor("difficultyMatch", UNKNOWN, DIFFICULTY_MATCH, "your usual difficulty is not known yet");
    }
    int distance = Math.abs(t.difficulty().ordinal() - usual.ordinal());
    String explanation = distance == 0
        ? "matches your usual difficulty, " + label(usual)
        : label(t.difficulty()) + ", you usually work at " + label(usual);
    return factor("difficultyMatch", 1.0 - (double) distance / DIFFICULTY_SPAN, DIFFICULTY_MATCH, explanation);
  }

  private static ScoreFactor factor(String name, double value, double weight, String explanation) {
    return new ScoreFactor(name, value, weight, value * weight, explanation);
  }

  private static String times(int n) {
    return n == 1 ? "once" : n + " times";
  }

  private static String label(Difficulty d) {
    return d.name().toLowerCase(Locale.ROOT);
  }
}
