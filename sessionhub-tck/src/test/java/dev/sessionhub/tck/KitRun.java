package dev.sessionhub.tck;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs contract tests on the JUnit Platform, inside a test, and reports what failed: how this
 * module proves that the kit fails for a broken adapter.
 *
 * @param run tests that ran
 * @param skipped tests skipped (an assumption that did not hold)
 * @param failures the method name of each failed test with what it threw, in name order
 */
record KitRun(int run, int skipped, Map<String, Throwable> failures) {

  /** Runs one nested group of a contract subclass. */
  static KitRun group(Class<?> contract, Class<?> group) {
    return of(selectNestedClass(List.of(contract), group));
  }

  /** Runs every test of a contract subclass. */
  static KitRun all(Class<?> contract) {
    return of(selectClass(contract));
  }

  private static KitRun of(DiscoverySelector selector) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selector).build();
    Launcher launcher = LauncherFactory.create();
    Listener listener = new Listener();
    launcher.execute(request, listener);
    return new KitRun(listener.run, listener.skipped, Collections.unmodifiableMap(listener.failures));
  }

  /** The names of the failed tests. */
  List<String> failed() {
    return new ArrayList<>(failures.keySet());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(run + " run, " + skipped + " skipped, " + failures.size() + " failed:");
    failures.forEach((name, e) -> sb.append("\n  ").append(name).append(": ").append(String.valueOf(e).lines()
        .findFirst().orElse("")));
    return sb.toString();
  }

  private static final class Listener implements TestExecutionListener {
    private int run;
    private int skipped;
    private final Map<String, Throwable> failures = new TreeMap<>();

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
      skipped += id.isTest() ? 1 : 0;
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      if (!id.isTest()) {
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
          failures.put(id.getDisplayName(), result.getThrowable().orElseThrow());
        }
        return;
      }
      if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
        skipped++;
        return;
      }
      run++;
      if (result.getStatus() == TestExecutionResult.Status.FAILED) {
        String name = id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
            .map(MethodSource::getMethodName).orElse(id.getDisplayName());
        failures.merge(name, result.getThrowable().orElseThrow(), (a, b) -> a);
      }
    }
  }
}
