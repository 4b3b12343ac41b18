package dev.sessionhub.benchmarks.jdbc;

import dev.sessionhub.SessionHub;
import dev.sessionhub.cache.SessionCaches;
import dev.sessionhub.json.SessionJson;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Collaborator;
import dev.sessionhub.model.Comment;
import dev.sessionhub.model.Page;
import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import dev.sessionhub.spi.SearchText;
import dev.sessionhub.spi.SortPosition;
import dev.sessionhub.store.jdbc.JdbcStores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link SeedSessions} checks through the hub once the seed is loaded, against what the
 * generator made (recorded while generating, so nothing is generated twice):
 * <ul>
 *   <li>one session in 5,000 (by the hash of its id) reads back equal (the codec's JSON of {@code hub.get}), with all its
 *       comments equal and one audit entry per version;
 *   <li>text searches of 6 users (by size: ranks 0, 10, 100, 1,000, 5,000, and the lead) for 6
 *       words (vocabulary ranks 0 to 200,000) return what the in-memory rule says: the sessions
 *       the user is a member of, not archived, holding the word; sorted by update time (newest
 *       first) and by name, compared in full up to 200 results, else the first 200.
 * </ul>
 */
final class SeedCheck {

  private static final int[] USER_RANKS = {0, 10, 100, 1_000, 5_000};
  private static final int[] WORD_RANKS = {0, 30, 300, 3_000, 30_000, 200_000};
  private static final int COMPARED = 200;

  private record Hit(String id, Instant updated, String nameKey) {}

  private final long sampleEvery;
  private final List<SessionGenerator.Generated> samples = new ArrayList<>();
  private final Map<String, List<Hit>> hits = new LinkedHashMap<>();
  private final List<String> users = new ArrayList<>();
  private final List<String> words = new ArrayList<>();

  SeedCheck(SessionGenerator generator, long count) {
    this.sampleEvery = Math.max(1, count / 200);
    for (int r : USER_RANKS) {
      if (r < generator.userCount()) {
        users.add(generator.userOfRank(r));
      }
    }
    users.add(SessionGenerator.LEAD);
    for (int r : WORD_RANKS) {
      words.add(SessionGenerator.word(r));
    }
    for (String u : users) {
      for (String w : words) {
        hits.put(u + " " + w, new ArrayList<>());
      }
    }
  }

  /** Called by the generating threads for every session. */
  synchronized void record(SessionGenerator.Generated g) {
    Session s = g.session();
    if (Math.floorMod(s.id().hashCode(), sampleEvery) == 0) {
      samples.add(g);
    }
    if (s.status() == SessionStatus.ARCHIVED) {
      return;
    }
    Set<String> sessionWords = SearchText.of(s);
    for (String w : words) {
      if (sessionWords.contains(w)) {
        for (Collaborator c : s.collaborators()) {
          List<Hit> list = hits.get(c.userId() + " " + w);
          if (list != null && (list.isEmpty() || !list.get(list.size() - 1).id().equals(s.id()))) {
            list.add(new Hit(s.id(), s.updatedAt(), SortPosition.nameKey(s.name())));
          }
        }
      }
    }
  }

  /** Runs the checks through a hub on {@code stores}; a summary, or an exception naming the first difference. */
  String verify(JdbcStores stores) {
    SessionHub hub = SessionHub.builder().sessionStore(stores.sessionStore()).templateStore(stores.templateStore())
        .cache(SessionCaches.none()).build();
    SessionJson json = SessionJson.create();
    long comments = 0;
    for (SessionGenerator.Generated g : samples) {
      Session s = g.session();
      String actor = s.ownerId();
      String got = json.writeSession(hub.get(actor, s.id()));
      require(got.equals(json.writeSession(s)), "session " + s.id() + " reads back as " + got);
      List<Comment> read = new ArrayList<>();
      String cursor = null;
      do {
        Page<Comment> page = hub.comments(actor, s.id(), cursor, 200);
        read.addAll(page.items());
        cursor = page.nextCursor();
      } while (cursor != null);
      require(read.size() == g.comments().size(), "session " + s.id() + " has " + read.size() + " comments, not "
          + g.comments().size());
      for (int i = 0; i < read.size(); i++) {
        require(json.writeComment(read.get(i)).equals(json.writeComment(g.comments().get(i))),
            "comment " + (i + 1) + " of " + s.id() + " differs");
      }
      comments += read.size();
      long entries = 0;
      cursor = null;
      do {
        Page<ActivityEntry> page = hub.activity(actor, s.id(), cursor, 200);
        entries += page.items().size();
        cursor = page.nextCursor();
      } while (cursor != null);
      require(entries == s.version(), "session " + s.id() + " has " + entries + " audit entries at version "
          + s.version());
    }
    int searches = 0;
    long results = 0;
    for (Map.Entry<String, List<Hit>> e : hits.entrySet()) {
      String user = e.getKey().substring(0, e.getKey().indexOf(' '));
      String word = e.getKey().substring(e.getKey().indexOf(' ') + 1);
      List<Hit> expected = e.getValue();
      for (SortKey sort : new SortKey[] {SortKey.UPDATED, SortKey.NAME}) {
        Comparator<Hit> order = sort == SortKey.UPDATED
            ? Comparator.comparing(Hit::updated).thenComparing(Hit::id).reversed()
            : Comparator.comparing(Hit::nameKey).thenComparing(Hit::id);
        List<String> want = expected.stream().sorted(order).limit(COMPARED).map(Hit::id).toList();
        List<String> got = new ArrayList<>();
        String cursor = null;
        do {
          Page<Session> page = hub.search(user, SessionQuery.builder().text(word)
              .sort(sort, sort == SortKey.UPDATED ? SortDirection.DESC : SortDirection.ASC).pageSize(50)
              .cursor(cursor).build());
          page.items().forEach(s -> got.add(s.id()));
          cursor = page.nextCursor();
        } while (cursor != null && got.size() < COMPARED);
        List<String> gotPrefix = got.subList(0, Math.min(COMPARED, got.size()));
        require(gotPrefix.equals(want), "search of " + user + " for '" + word + "' by " + sort + ": "
            + gotPrefix.size() + " results differ from the " + want.size() + " expected");
        require(expected.size() > COMPARED || cursor == null, "search of " + user + " for '" + word
            + "' has more pages than expected");
        searches++;
        results += gotPrefix.size();
      }
    }
    return String.format("read back %d sessions with %,d comments and their audit trails through the hub;"
        + " %d searches (%d users x %d words x 2 sorts, %,d results) agree with the generated data",
        samples.size(), comments, searches, users.size(), words.size(), results);
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("seed check failed: " + what);
    }
  }
}
