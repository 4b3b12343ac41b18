package dev.sessionhub.store.jdbc;

import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.tck.SessionStoreContract;

/**
 * The session store contract on one {@link ContractDatabase}, with the kit's durability hooks:
 * reopen is new stores on the same data source, failNextWrite a connection failure injected by
 * {@link FailingDataSource}. Each engine's test names its database.
 */
abstract class JdbcSessionStoreContract extends SessionStoreContract {

  /** The database of this engine's run. */
  abstract ContractDatabase database();

  @Override
  protected SessionStore createStore() {
    return database().stores().sessionStore();
  }

  @Override
  protected void cleanUp(SessionStore store) {
    database().deleteAll();
  }

  @Override
  protected SessionStore reopen(SessionStore store) {
    return database().reopen();
  }

  @Override
  protected boolean failNextWrite(SessionStore store) {
    return database().failNextWrite();
  }
}
