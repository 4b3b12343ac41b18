package dev.sessionhub.internal.template;

import dev.sessionhub.model.Session;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateSuggestion;
import dev.sessionhub.model.TemplateSuggestion.ScoreFactor;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ranks templates for a user from the sessions they are a member of. The score is the sum of
 * four weighted factors (see {@link TemplateSuggestion.ScoreFactor}): usage 0.40, completion
 * rate 0.25, duration accuracy 0.20, difficulty match 0.15. Ties go to built-ins, in their
 * default order, then to ids. Deterministic: the same inputs give the same ranking.
 */
public final class TemplateSuggester {

  private static final Comparator<TemplateSuggestion> ORDER =
      Comparator.comparingDouble(TemplateSuggestion::score).reversed()
          .thenComparing((TemplateSuggestion s) -> !s.template().builtIn())
          .thenComparingInt((TemplateSuggestion s) -> defaultRank(s.template()))
          .thenComparing((TemplateSuggestion s) -> s.template().id());

  private TemplateSuggester() {}

  /**
   * Every template (latest version of each id), scored for {@code userId} and best first.
   *
   * @param templates the candidates; of several versions of one id only the highest counts
   * @param history sessions of any users; only those {@code userId} is a member of are used
   */
  public static List<TemplateSuggestion> suggest(List<Template> templates, List<Session> history, String userId) {
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(userId, "userId");
    UserHistory h = UserHistory.of(history, userId);
    return latestVersions(templates).stream().map(t -> suggestion(t, h)).sorted(ORDER).toList();
  }

  private static TemplateSuggestion suggestion(Template t, UserHistory h) {
    List<ScoreFactor> factors = ScoreFactors.of(t, h);
    double score = 0.0;
    for (ScoreFactor f : factors) {
      score += f.contribution();
    }
    return new TemplateSuggestion(t, score, factors);
  }

  private static List<Template> latestVersions(List<Template> templates) {
    Map<String, Template> latest = new LinkedHashMap<>();
    for (Template t : templates) {
      latest.merge(t.id(), t, (a, b) -> b.version() > a.version() ? b : a);
    }
    return List.copyOf(latest.values());
  }

  private static int defaultRank(Template t) {
    return t.builtIn() ? BuiltInTemplates.rank(t.id()) : Integer.MAX_VALUE;
  }
}
