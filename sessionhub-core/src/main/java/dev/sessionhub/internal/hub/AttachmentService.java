package dev.sessionhub.internal.hub;

import dev.sessionhub.AttachmentContent;
import dev.sessionhub.Operation;
import dev.sessionhub.error.NotFoundException;
import dev.sessionhub.error.ValidationException;
import dev.sessionhub.internal.domain.Checks;
import dev.sessionhub.internal.domain.Lifecycle;
import dev.sessionhub.model.ActivityEntry;
import dev.sessionhub.model.Attachment;
import dev.sessionhub.model.Limits;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.ContentStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attachments: upload (name and type checked, size limited, content stored before the metadata
 * is written), download (recorded in the activity log), and purge of archived sessions' content
 * after the retention period.
 */
final class AttachmentService {

  private static final Logger LOG = LoggerFactory.getLogger(AttachmentService.class);
  private static final Pattern CONTENT_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}");

  private final HubContext ctx;
  private final SessionWriter writer;

  AttachmentService(HubContext ctx, SessionWriter writer) {
    this.ctx = ctx;
    this.writer = writer;
  }

  Session upload(String actor, String sessionId, String name, String contentType, InputStream content) {
    if (content == null) {
      throw ValidationException.of("content", "must not be null");
    }
    String type = checkNameAndType(name, contentType);
    Session current = writer.loadAuthorized(actor, sessionId, Operation.UPLOAD_ATTACHMENT);
    Lifecycle.requireChangeable(current, Operation.UPLOAD_ATTACHMENT);
    if (current.attachments().size() >= Limits.ATTACHMENTS_MAX) {
      throw ValidationException.of("attachments", "a session holds at most " + Limits.ATTACHMENTS_MAX + " attachment versions");
    }
    ContentStore.StoredContent stored = ctx.content().put(sessionId, content, ctx.maxAttachmentBytes());
    String id = ctx.ids().newId();
    try {
      return writer.append(actor, sessionId, Operation.UPLOAD_ATTACHMENT, (s, now) -> {
        List<Attachment> atts = new ArrayList<>(s.attachments());
        int version = 1 + atts.stream().filter(a -> a.name().equals(name)).mapToInt(Attachment::version).max().orElse(0);
        atts.add(new Attachment(id, name, type, stored.size(), stored.sha256(), version, actor, now));
        return SessionWriter.Outcome.of(s.toBuilder().attachments(atts).build());
      }).session();
    } catch (RuntimeException e) {
      // The content stays: another upload of the same bytes to this session may be about to
      // refer to it (content is shared by hash), and deleting it could lose acknowledged data.
      // Unreferenced content is invisible and is removed with the session's namespace.
      LOG.debug("upload metadata of session {} failed; content {} left for the namespace purge", sessionId, stored.sha256());
      throw e;
    }
  }

  AttachmentContent download(String actor, String sessionId, String attachmentId) {
    Session s = writer.loadAuthorized(actor, sessionId, Operation.DOWNLOAD_ATTACHMENT);
    Attachment a = s.attachments().stream().filter(x -> x.id().equals(attachmentId)).findFirst()
        .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    InputStream in = ctx.content().open(sessionId, a.sha256())
        .orElseThrow(() -> new NotFoundException("attachment content", attachmentId));
    try {
      ctx.store().appendActivity(new ActivityEntry(0, sessionId, s.version(), actor,
          SessionWriter.auditAction(Operation.DOWNLOAD_ATTACHMENT),
          ctx.clock().instant(), Map.of("attachment", attachmentId, "name", a.name(), "version", (long) a.version())));
    } catch (RuntimeException e) {
      closeQuietly(in, e);
      throw e;
    }
    return new AttachmentContent(a, in);
  }

  int purgeArchived() {
    Instant before = ctx.clock().instant().minus(ctx.attachmentRetention());
    int deleted = 0;
    String after = null;
    while (true) {
      List<String> ids = ctx.store().archivedBefore(before, after, 500);
      for (String id : ids) {
        deleted += ctx.content().deleteNamespace(id);
      }
      if (ids.size() < 500) {
        return deleted;
      }
      after = ids.get(ids.size() - 1);
    }
  }

  private String checkNameAndType(String name, String contentType) {
    Checks c = new Checks();
    c.fileName("name", name);
    String type = contentType == null ? "" : baseType(contentType);
    c.check(CONTENT_TYPE.matcher(type).matches(), "contentType", "must be a MIME type like text/plain");
    if (!ctx.allowedContentTypes().isEmpty()) {
      c.check(ctx.allowedContentTypes().contains(type), "contentType",
          "'" + type + "' is not allowed; allowed: " + ctx.allowedContentTypes());
    }
    c.throwIfAny();
    return type;
  }

  private static String baseType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /** The caller never sees the stream when recording the download fails, so close it here. */
  private static void closeQuietly(InputStream in, RuntimeException failure) {
    try {
      in.close();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
