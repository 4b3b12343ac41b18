package dev.sessionhub.model;

import java.util.List;
import java.util.Objects;

/**
 * A template ranked for a user, with the score broken down so a UI can explain it.
 *
 * @param template the template (latest version)
 * @param score the total, the sum of the factors' contributions
 * @param factors each factor's contribution
 */
public record TemplateSuggestion(Template template, double score, List<ScoreFactor> factors) {

  /** Copies the list and checks that the template is present. */
  public TemplateSuggestion {
    Objects.requireNonNull(template, "template");
    factors = List.copyOf(factors);
  }

  /**
   * One factor of a suggestion's score.
   *
   * @param name the factor ("usage", "completionRate", "durationAccuracy", "difficultyMatch", ...)
   * @param value the factor's raw value, 0 to 1
   * @param weight how much it counts
   * @param contribution {@code value * weight}
   * @param explanation a short sentence for a UI
   */
  public record ScoreFactor(String name, double value, double weight, double contribution, String explanation) {

    /** Checks that the texts are present. */
    public ScoreFactor {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(explanation, "explanation");
    }
  }
}
