package dev.sessionhub;

import dev.sessionhub.model.Attachment;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * An attachment's metadata and an open stream of its content. Close it when done.
 *
 * @param attachment the metadata
 * @param content the bytes; the caller owns and closes the stream
 */
public record AttachmentContent(Attachment attachment, InputStream content) implements AutoCloseable {

  /** Checks both parts are present. */
  public AttachmentContent {
    Objects.requireNonNull(attachment, "attachment");
    Objects.requireNonNull(content, "content");
  }

  @Override
  public void close() throws IOException {
    content.close();
  }
}
