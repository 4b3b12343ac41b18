package dev.sessionhub.store.jdbc;

import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.tck.TemplateStoreContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("TemplateStore contract: JDBC store on PostgreSQL")
class PostgresTemplateStoreContractTest extends TemplateStoreContract {

  @Override
  protected TemplateStore createStore() {
    return ContractDatabase.POSTGRES.stores().templateStore();
  }

  @Override
  protected void cleanUp(TemplateStore store) {
    ContractDatabase.POSTGRES.deleteAll();
  }
}
