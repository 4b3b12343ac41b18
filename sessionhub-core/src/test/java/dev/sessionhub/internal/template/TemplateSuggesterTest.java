package dev.sessionhub.internal.template;

import static dev.sessionhub.internal.template.SessionBuilder.aSession;
import static dev.sessionhub.internal.template.TemplateBuilder.aTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.sessionhub.model.Difficulty;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.Template;
import dev.sessionhub.model.TemplateSuggestion;
import dev.sessionhub.model.TemplateSuggestion.ScoreFactor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("TemplateSuggester")
class TemplateSuggesterTest {

  private static final String USER = "ana";

  private static final Template ALPHA = aTemplate().withId("alpha").build();
  private static final Template ZETA = aTemplate().withId("zeta").build();

  private static List<Template> candidates() {
    List<Template> all = new ArrayList<>(List.of(ZETA, ALPHA));
    all.addAll(BuiltInTemplates.all());
    return all;
  }

  private static List<TemplateSuggestion> suggest(List<Session> history) {
    return TemplateSuggester.suggest(candidates(), history, USER);
  }

  private static List<String> ranking(List<Session> history) {
    return suggest(history).stream().map(s -> s.template().id()).toList();
  }

  private static TemplateSuggestion suggestionFor(String id, List<Session> history) {
    return suggest(history).stream().filter(s -> s.template().id().equals(id)).findFirst().orElseThrow();
  }

  private static ScoreFactor factor(String templateId, String name, List<Session> history) {
    return suggestionFor(templateId, history).factors().stream().filter(f -> f.name().equals(name))
        .findFirst().orElseThrow();
  }

  /** Feature development used 3 times (2 completed), bug fix once. */
  private static List<Session> featureFan() {
    return List.of(
        aSession("s1").from("feature-development").withEstimate(Duration.ofMinutes(180))
            .completedAfter(Duration.ofMinutes(180)).withDifficulty(Difficulty.INTERMEDIATE).build(),
        aSession("s2").from("feature-development", 2).withEstimate(Duration.ofMinutes(100))
            .completedAfter(Duration.ofMinutes(150)).withDifficulty(Difficulty.INTERMEDIATE).build(),
        aSession("s3").from("feature-development").active().build(),
        aSession("s4").from("bug-fix").active().withDifficulty(Difficulty.ADVANCED).build());
  }

  @Nested
  @DisplayName("with no history")
  class NoHistory {

    @Test
    @DisplayName("ranks built-ins in their default order, then custom templates by id")
    void defaultOrder() {
      assertThat(ranking(List.of()))
          .containsExactly("bug-fix", "feature-development", "research-exploration", "alpha", "zeta");
    }

    @Test
    @DisplayName("gives every template the same prior score")
    void samePrior() {
      assertThat(suggest(List.of())).extracting(TemplateSuggestion::score).containsOnly(0.3);
    }

    @Test
    @DisplayName("ignores sessions of other users")
    void otherUsers() {
      List<Session> theirs = List.of(aSession("x").ownedBy("bob").from("research-exploration").completed().build());
      assertThat(suggest(theirs)).isEqualTo(suggest(List.of()));
    }
  }

  @Nested
  @DisplayName("with history")
  class WithHistory {

    @Test
    @DisplayName("ranks first the template the user used most and completed")
    void mostUsedFirst() {
      // research-exploration is ADVANCED, so it matches this INTERMEDIATE user worse than the customs
      assertThat(ranking(featureFan()))
          .containsExactly("feature-development", "bug-fix", "alpha", "zeta", "research-exploration");
    }

    @Test
    @DisplayName("explains usage and completion of the most used template")
    void explanations() {
      assertThat(factor("feature-development", "usage", featureFan()))
          .extracting(ScoreFactor::value, ScoreFactor::explanation)
          .containsExactly(1.0, "used 3 times, the most of any template");
      assertThat(factor("bug-fix", "usage", featureFan()))
          .extracting(ScoreFactor::value, ScoreFactor::explanation)
          .containsExactly(1.0 / 3, "used once; your most used template 3 times");
      assertThat(factor("feature-development", "completionRate", featureFan()))
          .extracting(ScoreFactor::value, ScoreFactor::explanation)
          .containsExactly(3.0 / 5, "2 of 3 sessions completed");
    }

    @Test
    @DisplayName("counts sessions the user is a member of but does not own")
    void membership() {
      List<Session> shared = List.of(
          aSession("x").ownedBy("bob").withMember(USER, Role.VIEWER).from("research-exploration").build());
      assertThat(ranking(shared)).first().isEqualTo("research-exploration");
    }

    @Test
    @DisplayName("suggests only the latest version of a template, counting sessions from any version")
    void latestVersion() {
      Template v2 = aTemplate().withId("alpha").withVersion(2).build();
      List<TemplateSuggestion> found = TemplateSuggester.suggest(List.of(v2, ALPHA),
          List.of(aSession("x").from("alpha", 1).build()), USER);
      assertThat(found).singleElement().satisfies(s -> {
        assertThat(s.template().version()).isEqualTo(2);
        assertThat(s.factors().get(0).value()).isEqualTo(1.0);
      });
    }

    @Test
    @DisplayName("breaks a tie between a built-in and a custom template in favour of the built-in")
    void builtInsWinTies() {
      Template custom = aTemplate().withId("aaa").withDifficulty(Difficulty.INTERMEDIATE).build();
      List<TemplateSuggestion> found = TemplateSuggester.suggest(
          List.of(custom, BuiltInTemplates.find("feature-development").orElseThrow()), List.of(), USER);
      assertThat(found).extracting(s -> s.template().id()).containsExactly("feature-development", "aaa");
    }
  }

  @Nested
  @DisplayName("factors")
  class Factors {

    @Test
    @DisplayName("are usage, completion rate, duration accuracy and difficulty match, weighted 0.40/0.25/0.20/0.15")
    void names() {
      assertThat(suggestionFor("bug-fix", featureFan()).factors())
          .extracting(ScoreFactor::name, ScoreFactor::weight)
          .containsExactly(
              tuple("usage", 0.40),
              tuple("completionRate", 0.25),
              tuple("durationAccuracy", 0.20),
              tuple("difficultyMatch", 0.15));
    }

    @Test
    @DisplayName("each contribute value times weight, and sum to the score")
    void sumToScore() {
      for (TemplateSuggestion s : suggest(featureFan())) {
        assertThat(s.factors()).allSatisfy(f -> {
          assertThat(f.value()).isBetween(0.0, 1.0);
          assertThat(f.contribution()).isEqualTo(f.value() * f.weight());
        });
        assertThat(s.factors().stream().mapToDouble(ScoreFactor::contribution).sum())
            .isCloseTo(s.score(), within(1e-12));
      }
    }

    @Test
    @DisplayName("completion counts sessions archived after completion, not those archived unfinished")
    void archived() {
      List<Session> history = List.of(
          aSession("a").from("alpha").archivedAfterCompletion(Duration.ofMinutes(10)).build(),
          aSession("b").from("alpha").archivedUnfinished().build());
      assertThat(factor("alpha", "completionRate", history).value()).isEqualTo(2.0 / 4);
    }

    @Test
    @DisplayName("duration accuracy is one minus the mean relative error of completed sessions with an estimate")
    void durationAccuracy() {
      // errors: |180-180|/180 = 0 and |150-100|/100 = 0.5; the active session does not count
      assertThat(factor("feature-development", "durationAccuracy", featureFan()))
          .extracting(ScoreFactor::value, ScoreFactor::explanation)
          .containsExactly(0.75, "completed sessions were off their estimate by 25% on average");
    }

    @Test
    @DisplayName("duration accuracy is 0 when sessions took over twice their estimate, 0.5 without data")
    void durationAccuracyBounds() {
      List<Session> history = List.of(aSession("a").from("alpha").withEstimate(Duration.ofMinutes(10))
          .completedAfter(Duration.ofMinutes(35)).build(),
          aSession("b").from("zeta").completed().build());
      assertThat(factor("alpha", "durationAccuracy", history).value()).isZero();
      assertThat(factor("zeta", "durationAccuracy", history).value()).isEqualTo(0.5);
    }

    @Test
    @DisplayName("difficulty match compares with the user's most frequent difficulty")
    void difficulty() {
      // INTERMEDIATE twice, ADVANCED once: the user is INTERMEDIATE
      assertThat(factor("research-exploration", "difficultyMatch", featureFan()))
          .extracting(ScoreFactor::value, ScoreFactor::explanation)
          .containsExactly(1.0 - 1.0 / 3, "advanced, you usually work at intermediate");
      assertThat(factor("bug-fix", "difficultyMatch", featureFan()).value()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("difficulty ties go to the lower difficulty; unknown gives 0.5")
    void difficultyTies() {
      List<Session> tie = List.of(aSession("a").withDifficulty(Difficulty.EXPERT).build(),
          aSession("b").withDifficulty(Difficulty.BEGINNER).build());
      assertThat(factor("research-exploration", "difficultyMatch", tie).value()).isEqualTo(1.0 - 2.0 / 3);
      assertThat(factor("research-exploration", "difficultyMatch", List.of(aSession("c").build())).value())
          .isEqualTo(0.5);
    }
  }

  @Nested
  @DisplayName("determinism")
  class Determinism {

    @Test
    @DisplayName("the same input gives the same suggestions")
    void repeatable() {
      assertThat(suggest(featureFan())).isEqualTo(suggest(featureFan()));
    }

    @Test
    @DisplayName("the order of templates and history does not matter")
    void orderIndependent() {
      List<Session> history = new ArrayList<>(featureFan());
      List<Template> templates = candidates();
      Collections.shuffle(history, new Random(7));
      Collections.shuffle(templates, new Random(11));
      assertThat(TemplateSuggester.suggest(templates, history, USER)).isEqualTo(suggest(featureFan()));
    }
  }
}
