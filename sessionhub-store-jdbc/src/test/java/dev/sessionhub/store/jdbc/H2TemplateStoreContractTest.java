package dev.sessionhub.store.jdbc;

import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.tck.TemplateStoreContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("TemplateStore contract: JDBC store on H2")
class H2TemplateStoreContractTest extends TemplateStoreContract {

  @Override
  protected TemplateStore createStore() {
    return ContractDatabase.H2.stores().templateStore();
  }

  @Override
  protected void cleanUp(TemplateStore store) {
    ContractDatabase.H2.deleteAll();
  }
}
