package dev.sessionhub.tck.memory;

import dev.sessionhub.internal.content.InMemoryContentStore;
import dev.sessionhub.spi.ContentStore;
import dev.sessionhub.tck.ContentStoreContract;

class InMemoryContentStoreTest extends ContentStoreContract {

  @Override
  protected ContentStore createContentStore() {
    return new InMemoryContentStore();
  }
}
