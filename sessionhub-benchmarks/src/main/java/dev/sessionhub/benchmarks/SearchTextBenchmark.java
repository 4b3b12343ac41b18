package dev.sessionhub.benchmarks;

import dev.sessionhub.FromTemplate;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SearchText;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link SearchText#of(Session)} on a session made from the built-in "bug-fix" template: the
 * words every store derives on every write (the in-memory store keeps them, the JDBC store writes
 * them to its text index).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SearchTextBenchmark {

  private Session session;

  /** One "bug-fix" session from the default in-memory hub. */
  @Setup
  public void session() {
    session = SessionHub.inMemory().createFromTemplate("ann",
        FromTemplate.of("bug-fix").with("component", "the login form").named("Login fails on Safari"));
  }

  /** The session's search words. */
  @Benchmark
  public Set<String> words() {
    return SearchText.of(session);
  }
}
