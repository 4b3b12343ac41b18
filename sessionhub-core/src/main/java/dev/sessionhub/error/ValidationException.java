package dev.sessionhub.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input was rejected; {@link #violations()} lists every problem found, not just the first.
 * A rejected operation changes nothing.
 */
public class ValidationException extends SessionHubException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /** With at least one violation. */
  public ValidationException(List<Violation> violations) {
    super(describe(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** With a single violation. */
  public static ValidationException of(String path, String message) {
    return new ValidationException(List.of(new Violation(path, message)));
  }

  /** Every violation, in the order found. */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    return "invalid input (" + violations.size() + " violation" + (violations.size() == 1 ? "" : "s")
        + "): " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
