package dev.sessionhub.tck.memory;

import dev.sessionhub.internal.memory.InMemoryTemplateStore;
import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.tck.TemplateStoreContract;

class InMemoryTemplateStoreTest extends TemplateStoreContract {

  @Override
  protected TemplateStore createStore() {
    return new InMemoryTemplateStore();
  }
}
