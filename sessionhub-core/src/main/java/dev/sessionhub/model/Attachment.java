package dev.sessionhub.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Metadata of one version of a file attached to a session. The content lives in a content store,
 * addressed by {@link #sha256()}. Uploading the same name again adds a new version.
 *
 * @param id unique within the session (per version)
 * @param name file name, without any directory part
 * @param contentType MIME type
 * @param size size in bytes
 * @param sha256 lowercase hex SHA-256 of the content
 * @param version 1 for the first upload of a name, then 2, 3, ...
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record Attachment(
    String id,
    String name,
    String contentType,
    long size,
    String sha256,
    int version,
    String uploadedBy,
    Instant uploadedAt) {

  /** Checks that every component is present. */
  public Attachment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(uploadedBy, "uploadedBy");
    Objects.requireNonNull(uploadedAt, "uploadedAt");
  }
}
