package dev.sessionhub.model;

import java.util.Objects;

/**
 * Which template, at which version, a session was created from.
 *
 * @param templateId the template's id
 * @param version the version used, at least 1
 */
public record TemplateRef(String templateId, int version) {

  /** Checks the id is present. */
  public TemplateRef {
    Objects.requireNonNull(templateId, "templateId");
  }
}
