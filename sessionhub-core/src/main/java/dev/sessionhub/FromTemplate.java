package dev.sessionhub;

import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.model.Priority;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to create a session from a template with: the template (latest version unless one is
 * named), its parameter values, and optional overrides of name, description, estimate and
 * priority. Start from {@link #of(String)}.
 *
 * @param templateId the template
 * @param version the version to use, or {@code null} for the latest
 * @param parameters values for the template's declared parameters
 * @param name overrides the template's (filled) name, or {@code null}
 * @param description overrides the template's description, or {@code null}
 * @param estimatedDuration overrides the template's estimate, or {@code null}
 * @param priority overrides the template's default priority, or {@code null}
 */
public record FromTemplate(
    String templateId,
    @Nullable Integer version,
    Map<String, String> parameters,
    @Nullable String name,
    @Nullable String description,
    @Nullable Duration estimatedDuration,
    @Nullable Priority priority) {

  /** Checks the id and copies the parameters. */
  public FromTemplate {
    Objects.requireNonNull(templateId, "templateId");
    parameters = Checks.requireMap("parameters", parameters);
  }

  /** The latest version of this template, no parameters, no overrides. */
  public static FromTemplate of(String templateId) {
    return new FromTemplate(templateId, null, Map.of(), null, null, null, null);
  }

  /** At a given version. */
  public FromTemplate atVersion(int v) {
    return new FromTemplate(templateId, v, parameters, name, description, estimatedDuration, priority);
  }

  /** With one more parameter value. */
  public FromTemplate with(String parameter, String value) {
    Map<String, String> p = new LinkedHashMap<>(parameters);
    p.put(parameter, value);
    return new FromTemplate(templateId, version, p, name, description, estimatedDuration, priority);
  }

  /** Overriding the name. */
  public FromTemplate named(String v) {
    return new FromTemplate(templateId, version, parameters, v, description, estimatedDuration, priority);
  }

  /** Overriding the description. */
  public FromTemplate describedAs(String v) {
    return new FromTemplate(templateId, version, parameters, name, v, estimatedDuration, priority);
  }

  /** Overriding the estimate. */
  public FromTemplate withEstimate(Duration v) {
    return new FromTemplate(templateId, version, parameters, name, description, v, priority);
  }

  /** Overriding the priority. */
  public FromTemplate withPriority(Priority v) {
    return new FromTemplate(templateId, version, parameters, name, description, estimatedDuration, v);
  }
}
