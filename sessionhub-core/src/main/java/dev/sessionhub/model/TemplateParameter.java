package dev.sessionhub.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A placeholder a template declares: {@code {{name}}} in its texts.
 *
 * @param name the placeholder name: letters, digits and underscores, starting with a letter
 * @param description what to fill in
 * @param required whether a value must be given; a required parameter has no default
 * @param defaultValue the value used when none is given, for an optional parameter
 */
public record TemplateParameter(String name, String description, boolean required, @Nullable String defaultValue) {

  /** Checks that required components are present. */
  public TemplateParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
  }

  /** A required parameter. */
  public static TemplateParameter required(String name, String description) {
    return new TemplateParameter(name, description, true, null);
  }

  /** An optional parameter with a default. */
  public static TemplateParameter optional(String name, String description, String defaultValue) {
    return new TemplateParameter(name, description, false, defaultValue);
  }
}
