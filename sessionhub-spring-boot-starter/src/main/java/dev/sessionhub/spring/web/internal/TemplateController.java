package dev.sessionhub.spring.web.internal;

import dev.sessionhub.model.Template;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Templates: list, one (latest or a version), versions, save a custom one, suggestions for the caller. */
@RestController
@RequestMapping(path = "${sessionhub.web.base-path:/api}/templates", produces = MediaType.APPLICATION_JSON_VALUE)
public class TemplateController {

  private final Api api;

  /**
   * The controller.
   *
   * @param api what the controllers share
   */
  public TemplateController(Api api) {
    this.api = api;
  }

  /**
   * The latest version of every template.
   *
   * @param request the request
   * @return 200 with {@code {"items":[..]}}
   */
  @GetMapping
  public ResponseEntity<byte[]> list(HttpServletRequest request) {
    api.actor(request);
    return Responses.templates(api.hub.templates());
  }

  /**
   * Templates ranked for the caller.
   *
   * @param request the request
   * @return 200 with {@code {"items":[{"template":..,"score":..,"factors":[..]}]}}
   */
  @GetMapping("/suggestions")
  public ResponseEntity<byte[]> suggestions(HttpServletRequest request) {
    return Responses.suggestions(api.hub.suggestTemplates(api.actor(request)));
  }

  /**
   * The latest version of a template.
   *
   * @param request the request
   * @param id the template id
   * @return 200 with the template
   */
  @GetMapping("/{id}")
  public ResponseEntity<byte[]> get(HttpServletRequest request, @PathVariable String id) {
    api.actor(request);
    return Responses.template(org.springframework.http.HttpStatus.OK, api.hub.template(id));
  }

  /**
   * Every version of a template, oldest first.
   *
   * @param request the request
   * @param id the template id
   * @return 200 with {@code {"items":[..]}}
   */
  @GetMapping("/{id}/versions")
  public ResponseEntity<byte[]> versions(HttpServletRequest request, @PathVariable String id) {
    api.actor(request);
    return Responses.templates(api.hub.templateVersions(id));
  }

  /**
   * One version of a template.
   *
   * @param request the request
   * @param id the template id
   * @param version the version
   * @return 200 with the template
   */
  @GetMapping("/{id}/versions/{version}")
  public ResponseEntity<byte[]> version(HttpServletRequest request, @PathVariable String id, @PathVariable int version) {
    api.actor(request);
    return Responses.template(org.springframework.http.HttpStatus.OK, api.hub.template(id, version));
  }

  /**
   * Saves a custom template (a new id, or the next version of the caller's own).
   *
   * @param request the request, with a TemplateDraft body
   * @return 201 with the saved version
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<byte[]> save(HttpServletRequest request) {
    String actor = api.actor(request);
    Template t = api.hub.saveTemplate(actor, Requests.templateDraft(api.body(request)));
    return ResponseEntity.created(URI.create(api.basePath + "/templates/" + t.id() + "/versions/" + t.version()))
        .contentType(MediaType.APPLICATION_JSON)
        .body(dev.sessionhub.json.SessionJson.create().writeTemplate(t).getBytes(StandardCharsets.UTF_8));
  }
}
