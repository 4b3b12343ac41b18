package dev.sessionhub.store.jdbc;

import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.tck.TemplateStoreContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("TemplateStore contract: JDBC store on MariaDB")
class MariaDbTemplateStoreContractTest extends TemplateStoreContract {

  @Override
  protected TemplateStore createStore() {
    return ContractDatabase.MARIADB.stores().templateStore();
  }

  @Override
  protected void cleanUp(TemplateStore store) {
    ContractDatabase.MARIADB.deleteAll();
  }
}
