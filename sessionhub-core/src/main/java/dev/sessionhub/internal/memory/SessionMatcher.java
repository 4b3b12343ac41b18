package dev.sessionhub.internal.memory;

import dev.sessionhub.spi.SearchText;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.TemplateRef;
import dev.sessionhub.spi.SessionSearch;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Whether a stored session is visible to a search's viewer and passes its query's text and filters. */
final class SessionMatcher implements Predicate<SessionRecord> {

  private final String viewer;
  private final SessionQuery query;
  private final Set<SessionStatus> statuses;
  private final List<String> words;

  SessionMatcher(SessionSearch search) {
    this.viewer = search.viewer();
    this.query = search.query();
    this.statuses = query.effectiveStatuses();
    String text = query.text();
    this.words = text == null ? List.of() : SearchWords.patterns(SearchText.of(text));
  }

  @Override
  public boolean test(SessionRecord r) {
    Session s = r.session();
    return s.roleOf(viewer).isPresent() && SearchWords.containsAll(r.words(), words) && kindMatches(s)
        && peopleMatch(s) && labelsMatch(s) && timesMatch(s) && progressMatches(s.progress());
  }

  private boolean kindMatches(Session s) {
    return statuses.contains(s.status())
        && (query.types().isEmpty() || query.types().contains(s.type()))
        && (query.priorities().isEmpty() || query.priorities().contains(s.priority()));
  }

  private boolean peopleMatch(Session s) {
    String owner = query.ownerId();
    String member = query.memberId();
    return (owner == null || owner.equals(s.ownerId()))
        && (member == null || s.roleOf(member).isPresent());
  }

  private boolean labelsMatch(Session s) {
    String templateId = query.templateId();
    return s.metadata().tags().containsAll(query.tags())
        && (templateId == null || s.template().map(TemplateRef::templateId).filter(templateId::equals).isPresent());
  }

  private boolean timesMatch(Session s) {
    return within(s.createdAt(), query.createdFrom(), query.createdTo())
        && within(s.updatedAt(), query.updatedFrom(), query.updatedTo());
  }

  /** Whether {@code t} is in {@code [from, to)}; a missing bound is open. */
  private static boolean within(Instant t, @Nullable Instant from, @Nullable Instant to) {
    return (from == null || !t.isBefore(from)) && (to == null || t.isBefore(to));
  }

  private boolean progressMatches(double progress) {
    Double min = query.progressMin();
    Double max = query.progressMax();
    return (min == null || progress >= min) && (max == null || progress <= max);
  }
}
