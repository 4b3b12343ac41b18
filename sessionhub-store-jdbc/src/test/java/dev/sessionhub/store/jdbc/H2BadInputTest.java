package dev.sessionhub.store.jdbc;

import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.tck.BadInputContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Bad input through the facade: JDBC store on H2")
class H2BadInputTest extends BadInputContract {

  @Override
  protected SessionStore createStore() {
    return ContractDatabase.BAD_INPUT_H2.stores().sessionStore();
  }

  @Override
  protected TemplateStore createTemplateStore() {
    return ContractDatabase.BAD_INPUT_H2.stores().templateStore();
  }

  @Override
  protected void cleanUp(SessionStore store) {
    ContractDatabase.BAD_INPUT_H2.deleteAll();
  }
}
