package dev.sessionhub.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.tck.JournalStore.Disk;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof that the session store contract fails for each bug it is meant to catch: each mutant
 * of {@link SessionStoreMutants} is run through the group of the contract that targets it, and
 * the named tests must fail. (Their correct originals pass the whole contract: the in-memory
 * store, {@code IndexedStoreContractTest} and {@code JournalStoreContractTest}.)
 */
@DisplayName("The session store contract fails for")
class SessionStoreKitKillsMutantsTest {

  /** The contract on whatever store the running case supplies. */
  static class MutantKit extends SessionStoreContract {
    static volatile Supplier<SessionStore> stores = () -> {
      throw new IllegalStateException("no mutant set");
    };

    @Override
    protected SessionStore createStore() {
      return stores.get();
    }
  }

  /** The contract with the durability hooks, on a journal store the running case supplies. */
  static class JournalMutantKit extends SessionStoreContract {
    static volatile Function<Disk, JournalStore> stores = JournalStore::new;

    @Override
    protected SessionStore createStore() {
      return stores.apply(new Disk());
    }

    @Override
    protected @Nullable SessionStore reopen(SessionStore store) {
      return stores.apply(((JournalStore) store).disk);
    }

    @Override
    protected boolean failNextWrite(SessionStore store) {
      ((JournalStore) store).disk.arm();
      return true;
    }
  }

  static Stream<Arguments> mutants() {
    return Stream.of(
        mutant("a member index that keeps removed collaborators", SessionStoreMutants.KeepsRemovedMembers::new,
            SessionStoreContract.Membership.class, "removedMember", "removedOverSeveralWrites"),
        mutant("an index changed by a write that then fails", SessionStoreMutants.IndexesBeforeTheWrite::new,
            SessionStoreContract.Membership.class, "staleUpdate", "takenNumber", "duplicateInsert"),
        mutant("a word index not refreshed on update", SessionStoreMutants.StaleWords::new,
            SessionStoreContract.IndexRefresh.class, "renamed", "otherSearchedFields"),
        mutant("a status column not refreshed on update", SessionStoreMutants.StaleStatus::new,
            SessionStoreContract.IndexRefresh.class, "archived", "statusChanges"),
        mutant("indexes updated in a second step after the snapshot", SessionStoreMutants.IndexesInASecondStep::new,
            SessionStoreContract.AtomicReads.class, "snapshotWithItsRows"),
        mutant("comments written in a second step after the snapshot", SessionStoreMutants.CommentsInASecondStep::new,
            SessionStoreContract.AtomicReads.class, "snapshotWithItsRows"),
        mutant("session ids compared case-insensitively", SessionStoreMutants.FoldsSessionIds::new,
            SessionStoreContract.ExactIds.class, "sessionIds"),
        mutant("comment ids compared case-insensitively", SessionStoreMutants.FoldsCommentIds::new,
            SessionStoreContract.ExactIds.class, "commentIds"),
        mutant("user ids compared as a _ci collation does", SessionStoreMutants.FoldsUserIds::new,
            SessionStoreContract.ExactIds.class, "userIds"),
        mutant("tags compared as a _ci collation does", SessionStoreMutants.FoldsTags::new,
            SessionStoreContract.ExactIds.class, "tags"),
        mutant("a full-text engine's defaults: no short, stop or non-Latin words", SessionStoreMutants.FullTextDefaults::new,
            SessionStoreContract.Words.class, "shortWords", "stopWords", "anyScript"),
        mutant("a text without words that matches nothing", SessionStoreMutants.WordlessTextFindsNothing::new,
            SessionStoreContract.Words.class, "noWords"),
        mutant("two comments of one write with one number, the last kept", SessionStoreMutants.LastNumberWins::new,
            SessionStoreContract.Comments.class, "uniqueWithinAWrite"),
        mutant("comments() and activity() handing out live shared lists", SessionStoreMutants.SharedLists::new,
            SessionStoreContract.Comments.class, "listsAreCopies"));
  }

  static Stream<Arguments> journalMutants() {
    return Stream.of(
        journal("appended activity kept in memory only", SessionStoreMutants.AppendsNotJournaled::new,
            "survivesReopen"),
        journal("comment edits kept in memory only", SessionStoreMutants.EditsNotJournaled::new, "survivesReopen"),
        journal("memory changed before the disk write that fails", SessionStoreMutants.MemoryBeforeDisk::new,
            "failedUpdate", "failedInsert", "failedAppend"),
        journal("a torn write replayed after a restart", SessionStoreMutants.ReplaysTornWrites::new,
            "failedUpdate", "failedInsert"));
  }

  private static Arguments mutant(String bug, Supplier<SessionStore> store, Class<?> group, String... killers) {
    return Arguments.of(bug, store, group, List.of(killers));
  }

  private static Arguments journal(String bug, Function<Disk, JournalStore> store, String... killers) {
    return Arguments.of(bug, store, List.of(killers));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void mutant(String bug, Supplier<SessionStore> store, Class<?> group, List<String> killers) {
    MutantKit.stores = store;

    KitRun run = KitRun.group(MutantKit.class, group);

    assertThat(run.run()).as("tests run").isPositive();
    assertThat(run.failed()).as("%s: %s", bug, run).containsAll(killers);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journalMutants")
  void journalMutant(String bug, Function<Disk, JournalStore> store, List<String> killers) {
    JournalMutantKit.stores = store;
    try {
      KitRun run = KitRun.group(JournalMutantKit.class, SessionStoreContract.Durability.class);

      assertThat(run.run()).as("tests run").isPositive();
      assertThat(run.failed()).as("%s: %s", bug, run).containsAll(killers);
    } finally {
      JournalMutantKit.stores = JournalStore::new;
    }
  }
}
