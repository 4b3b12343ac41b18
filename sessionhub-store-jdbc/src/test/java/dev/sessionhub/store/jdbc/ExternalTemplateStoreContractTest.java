package dev.sessionhub.store.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.tck.TemplateStoreContract;
import org.junit.jupiter.api.DisplayName;

/** The contract kit against the database named by {@code sessionhub.test.jdbc.url}; skipped without it. */
@DisplayName("TemplateStore contract: JDBC store on the external database (sessionhub.test.jdbc.url)")
class ExternalTemplateStoreContractTest extends TemplateStoreContract {

  @Override
  protected TemplateStore createStore() {
    assumeTrue(Engines.external().isPresent(), "sessionhub.test.jdbc.url not set");
    return ContractDatabase.EXTERNAL.stores().templateStore();
  }

  @Override
  protected void cleanUp(TemplateStore store) {
    ContractDatabase.EXTERNAL.deleteAll();
  }
}
