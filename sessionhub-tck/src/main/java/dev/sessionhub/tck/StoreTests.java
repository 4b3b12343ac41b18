package dev.sessionhub.tck;

import dev.sessionhub.model.Session;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.spi.SessionSearch;
import dev.sessionhub.spi.SessionStore;
import java.util.List;

/**
 * A group of {@link SessionStoreContract} tests in a file of its own. The contract nests a
 * subclass of each group and hands it the store it made for the current test.
 */
abstract class StoreTests {

  /** The store under test, made fresh by the contract for every test. */
  abstract SessionStore store();

  /** The ids of the sessions {@code viewer} finds with {@code q}, in order, up to 1,000. */
  List<String> idsFoundBy(String viewer, SessionQuery.Builder q) {
    return store().search(new SessionSearch(q.build(), viewer, null, 1_000)).stream().map(Session::id).toList();
  }
}
