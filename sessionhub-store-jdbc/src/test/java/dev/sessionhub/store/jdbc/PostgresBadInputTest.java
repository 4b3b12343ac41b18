package dev.sessionhub.store.jdbc;

import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.tck.BadInputContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Bad input through the facade: JDBC store on PostgreSQL")
class PostgresBadInputTest extends BadInputContract {

  @Override
  protected SessionStore createStore() {
    return ContractDatabase.BAD_INPUT_POSTGRES.stores().sessionStore();
  }

  @Override
  protected TemplateStore createTemplateStore() {
    return ContractDatabase.BAD_INPUT_POSTGRES.stores().templateStore();
  }

  @Override
  protected void cleanUp(SessionStore store) {
    ContractDatabase.BAD_INPUT_POSTGRES.deleteAll();
  }
}
