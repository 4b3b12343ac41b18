package dev.sessionhub;

import org.jspecify.annotations.Nullable;

/**
 * Watches every call of every {@link SessionHub} method, for metrics and tracing: register one
 * with {@link SessionHubBuilder#observer(OperationObserver)}. The hub built then reports each
 * call (reads, searches, templates, creates and imports included) with its name, actor, session,
 * duration and outcome; a method added to {@code SessionHub} later is reported without any
 * change here. Without an observer nothing is measured and nothing is wrapped.
 *
 * <p>Both methods run on the calling thread: {@link #started} right before the operation,
 * {@link #completed} right after it, once the {@link Scope} from {@code started} is closed. An
 * observer must be thread-safe and quick; one that throws is logged and changes nothing about
 * the operation or its result.
 *
 * <p>For metrics, implement {@code completed} alone (a timer tagged with
 * {@link ObservedOperation#operation()} and {@link ObservedOperation#outcome()}, say). For
 * tracing, also override {@code started} to open a span and make it current, so that spans of
 * the store's calls become its children, and close it in the returned scope.
 */
@FunctionalInterface
public interface OperationObserver {

  /** A call has returned or thrown. */
  void completed(ObservedOperation operation);

  /**
   * A call is about to run. The scope returned is closed on this thread when the call has
   * returned or thrown, before {@link #completed}. The default does nothing.
   *
   * @param operation the {@link SessionHub} method's name
   * @param actor the acting user, or {@code null} when the method takes none
   * @param sessionId the session argument, or {@code null} when the method takes none
   */
  default Scope started(String operation, @Nullable String actor, @Nullable String sessionId) {
    return Scope.NONE;
  }

  /** What {@link #started} opened, closed when the call ends. */
  @FunctionalInterface
  interface Scope extends AutoCloseable {

    /** The scope that closes nothing. */
    Scope NONE = () -> { };

    /** Ends what {@link #started} opened. Must not throw. */
    @Override
    void close();
  }
}
