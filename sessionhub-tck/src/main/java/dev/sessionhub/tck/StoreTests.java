package dev.sessionhub.tck;

import dev.sessionhub.spi.SessionStore;

/**
 * A group of {@link SessionStoreContract} tests in a file of its own. The contract nests a
 * subclass of each group and hands it the store it made for the current test.
 */
abstract class StoreTests {

  /** The store under test, made fresh by the contract for every test. */
  abstract SessionStore store();
}
