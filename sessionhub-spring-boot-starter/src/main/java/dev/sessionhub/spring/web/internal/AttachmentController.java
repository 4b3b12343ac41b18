package dev.sessionhub.spring.web.internal;

import dev.sessionhub.AttachmentContent;
import dev.sessionhub.model.Attachment;
import dev.sessionhub.model.Session;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attachments: a multipart upload (part {@code file}) streamed into the hub with the size limit
 * enforced as the bytes arrive, and a streamed download with the stored content type, a safe
 * {@code Content-Disposition: attachment} (RFC 6266, with an RFC 5987 {@code filename*}) and
 * {@code X-Content-Type-Options: nosniff}.
 */
@RestController
@RequestMapping(path = "${sessionhub.web.base-path:/api}/sessions/{id}/attachments")
public class AttachmentController {

  private final Api api;
  private final long maxUploadBytes;

  /**
   * The controller.
   *
   * @param api what the controllers share
   * @param maxUploadBytes the largest upload
   */
  public AttachmentController(Api api, long maxUploadBytes) {
    this.api = api;
    this.maxUploadBytes = maxUploadBytes;
  }

  /**
   * Uploads a file; a name uploaded again becomes a new version.
   *
   * @param request the multipart request
   * @param id the session id
   * @return 201 with the session
   * @throws IOException when the request cannot be read
   */
  @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> upload(HttpServletRequest request, @PathVariable String id) throws IOException {
    String actor = api.actor(request);
    Object contentType = request.getAttribute(UploadFilter.ORIGINAL_CONTENT_TYPE);
    if (!(contentType instanceof String type)) {
      throw HttpProblem.unsupportedMediaType("an upload is a multipart/form-data body with a part named 'file'",
          MediaType.MULTIPART_FORM_DATA_VALUE);
    }
    if (request.getContentLengthLong() > maxUploadBytes + 64 * 1024) {
      throw HttpProblem.tooLarge("the upload is larger than the limit of " + maxUploadBytes + " bytes");
    }
    try (InputStream body = request.getInputStream()) {
      MultipartUpload.FilePart file = MultipartUpload.file(body, type, maxUploadBytes);
      Session s = api.hub.uploadAttachment(actor, id, file.filename(), file.contentType(), file.content());
      Attachment added = s.attachments().get(s.attachments().size() - 1);
      return ResponseEntity.created(URI.create(api.basePath + "/sessions/" + s.id() + "/attachments/" + added.id()))
          .eTag(ETags.of(s.version())).contentType(MediaType.APPLICATION_JSON)
          .body(dev.sessionhub.json.SessionJson.create().writeSessionBytes(s));
    }
  }

  /**
   * Downloads an attachment's content.
   *
   * @param request the request
   * @param response the response the bytes are streamed to
   * @param id the session id
   * @param attachmentId the attachment id
   * @throws IOException when the client goes away
   */
  @GetMapping("/{attachmentId}")
  public void download(HttpServletRequest request, HttpServletResponse response, @PathVariable String id,
      @PathVariable String attachmentId) throws IOException {
    String actor = api.actor(request);
    try (AttachmentContent content = api.hub.downloadAttachment(actor, id, attachmentId)) {
      Attachment a = content.attachment();
      response.setStatus(HttpStatus.OK.value());
      response.setContentType(a.contentType());
      response.setContentLengthLong(a.size());
      response.setHeader("Content-Disposition", ContentDispositions.attachment(a.name()));
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Content-Security-Policy", "sandbox");
      response.setHeader("Cache-Control", "private, no-cache");
      OutputStream out = response.getOutputStream();
      content.content().transferTo(out);
      out.flush();
    }
  }

}
