package dev.sessionhub.tck;

import dev.sessionhub.spi.SessionStore;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;

/**
 * The original of the durability mutants passes the whole contract, the durability tests
 * included (it offers both hooks), with activity seqs counted per session.
 */
@DisplayName("SessionStore contract: JournalStore (the original of the durability mutants, per-session seqs)")
class JournalStoreContractTest extends SessionStoreContract {

  @Override
  protected SessionStore createStore() {
    return new JournalStore(new JournalStore.Disk());
  }

  @Override
  protected @Nullable SessionStore reopen(SessionStore store) {
    return new JournalStore(((JournalStore) store).disk);
  }

  @Override
  protected boolean failNextWrite(SessionStore store) {
    ((JournalStore) store).disk.arm();
    return true;
  }
}
