package dev.sessionhub;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One call of a {@link SessionHub} method, as an {@link OperationObserver} sees it when the call
 * has returned or thrown.
 *
 * @param operation the {@link SessionHub} method's name ({@code get}, {@code addComment},
 *     {@code start}, {@code template}, ...); overloads share it
 * @param actor the acting user (the method's {@code actor} argument), or {@code null} for the
 *     methods that take none ({@code template}, {@code templates}, {@code suggestTemplates},
 *     {@code purgeArchivedAttachments}, {@code close})
 * @param sessionId the session (the {@code sessionId} argument, or for {@code create},
 *     {@code createFromTemplate} and {@code importJson} the id of the session returned), or
 *     {@code null}
 * @param durationNanos how long the call took, from {@link System#nanoTime()}
 * @param failure what the call threw, or {@code null} if it returned
 */
public record ObservedOperation(String operation, @Nullable String actor, @Nullable String sessionId,
    long durationNanos, @Nullable Throwable failure) {

  /** The outcome of a call that returned. */
  public static final String SUCCESS = "success";

  /** Checks the required components. */
  public ObservedOperation {
    Objects.requireNonNull(operation, "operation");
  }

  /** Whether the call returned normally. */
  public boolean succeeded() {
    return failure == null;
  }

  /**
   * {@value #SUCCESS}, or the simple name of the exception class thrown
   * ({@code NotFoundException}, {@code ConflictException}, ...): a tag of low cardinality.
   */
  public String outcome() {
    return failure == null ? SUCCESS : failure.getClass().getSimpleName();
  }
}
