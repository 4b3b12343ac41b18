package dev.sessionhub.store.jdbc;

import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.tck.BadInputContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Bad input through the facade: JDBC store on MariaDB")
class MariaDbBadInputTest extends BadInputContract {

  @Override
  protected SessionStore createStore() {
    return ContractDatabase.BAD_INPUT_MARIADB.stores().sessionStore();
  }

  @Override
  protected TemplateStore createTemplateStore() {
    return ContractDatabase.BAD_INPUT_MARIADB.stores().templateStore();
  }

  @Override
  protected void cleanUp(SessionStore store) {
    ContractDatabase.BAD_INPUT_MARIADB.deleteAll();
  }
}
