package dev.sessionhub.spring.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Completes springdoc's OpenAPI document of the API: what springdoc cannot see because the
 * controllers read headers, bodies and search parameters themselves. Adds the {@code If-Match}
 * and {@code Idempotency-Key} headers, the JSON or multipart request bodies with the fields they
 * take, the JSON success bodies, the problem-details error responses and HTTP Basic security.
 */
public final class OpenApiDocs implements OperationCustomizer, OpenApiCustomizer {

  private static final String JSON = "application/json";
  private static final String PROBLEM = "#/components/schemas/SessionHubProblem";

  /** Request body fields by controller method, for readers and client generators. */
  private static final Map<String, String> BODIES = Map.ofEntries(
      Map.entry("SessionController.create", "NewSession fields: name (required), description, type, priority, "
          + "estimatedDuration (ISO-8601), tags, skills, difficulty, settings {commentsEnabled, notifyMentions, "
          + "breakReminder}, customFields; or from a template: template (required), templateVersion, parameters "
          + "{name: value}, name, description, estimatedDuration, priority"),
      Map.entry("SessionController.update", "Any of name, description, type, priority, estimatedDuration, settings "
          + "(merged), tags, skills, difficulty, customFields (replaced)"),
      Map.entry("SessionController.transition", "{\"action\": \"start|pause|resume|complete|reopen\"}"),
      Map.entry("SessionController.importJson", "An export document, exactly as GET .../export returned it"),
      Map.entry("PlanController.addGoal", "title (required), description, category, weight, successCriteria, "
          + "dependsOn (goal ids), estimate, parentId"),
      Map.entry("PlanController.updateGoal", "Any of title, description, category, weight, successCriteria, estimate"),
      Map.entry("PlanController.setGoalStatus", "{\"status\": \"OPEN|IN_PROGRESS|DONE|SKIPPED\"}"),
      Map.entry("PlanController.addMilestone", "{\"name\": .., \"requiredGoalIds\": [..]}"),
      Map.entry("PlanController.raiseBlocker", "{\"description\": .., \"goalId\"?: ..}"),
      Map.entry("PlanController.resolveBlocker", "{\"resolution\": ..}"),
      Map.entry("PlanController.addResource", "{\"title\": .., \"url\": ..}"),
      Map.entry("PlanController.addLearning", "{\"text\": ..}"),
      Map.entry("MemberController.add", "{\"userId\": .., \"role\": \"VIEWER|COLLABORATOR\"}"),
      Map.entry("MemberController.changeRole", "{\"role\": \"VIEWER|COLLABORATOR\"}"),
      Map.entry("MemberController.transfer", "{\"userId\": ..}"),
      Map.entry("CommentController.add", "{\"body\": ..}"),
      Map.entry("CommentController.reply", "{\"body\": ..}"),
      Map.entry("CommentController.edit", "{\"body\": ..}"),
      Map.entry("TemplateController.save", "TemplateDraft: id, name, description, type, estimatedDuration, "
          + "defaultPriority, difficulty, tags, parameters [{name, description, required, defaultValue}], goals "
          + "[{key, parentKey, title, description, category, weight, successCriteria, dependsOn, estimate}], "
          + "milestones [{name, requiredGoalKeys}]"));

  private static final List<String> SEARCH = List.of("q", "status", "type", "priority", "tag", "owner", "member",
      "role", "template", "archived", "sort", "direction", "cursor", "size");

  /** Creates the customizer. */
  public OpenApiDocs() {}

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    if (!handler.getBeanType().getPackageName().equals(OpenApiDocs.class.getPackageName())) {
      return operation;
    }
    String key = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
    if (handler.hasMethodAnnotation(IfMatchRequired.class)) {
      operation.addParametersItem(header("If-Match", true, "The ETag of the version this change is based on, such as \"7\""));
    }
    if (handler.hasMethodAnnotation(IdempotencyKeyAccepted.class)) {
      operation.addParametersItem(header("Idempotency-Key", false, "1 to 128 characters; a retry with the same key "
          + "returns the session the first attempt stored"));
    }
    if (key.equals("SessionController.search")) {
      operation.setParameters(new java.util.ArrayList<>(operation.getParameters() == null ? List.of() : operation.getParameters()));
      operation.getParameters().removeIf(p -> "size".equals(p.getName()));
      SEARCH.forEach(name -> operation.addParametersItem(new QueryParameter().name(name).schema(new StringSchema())));
    }
    String body = BODIES.get(key);
    RequestMapping mapping = handler.getMethodAnnotation(RequestMapping.class);
    if (body != null) {
      Content content = new Content();
      String[] consumes = mapping == null || mapping.consumes().length == 0 ? new String[] {JSON} : mapping.consumes();
      for (String type : consumes) {
        content.addMediaType(type, new MediaType().schema(new ObjectSchema().description(body)));
      }
      operation.setRequestBody(new RequestBody().required(true).content(content));
    } else if (key.equals("AttachmentController.upload")) {
      Schema<?> form = new ObjectSchema().addProperty("file", new BinarySchema()).required(List.of("file"));
      operation.setRequestBody(new RequestBody().required(true)
          .content(new Content().addMediaType("multipart/form-data", new MediaType().schema(form))));
    }
    responses(operation, key);
    return operation;
  }

  private static void responses(Operation operation, String key) {
    ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    responses.forEach((code, r) -> {
      if (code.startsWith("2") && r.getContent() != null) {
        Content c = key.equals("AttachmentController.download")
            ? new Content().addMediaType("*/*", new MediaType().schema(new BinarySchema()))
            : new Content().addMediaType(JSON, new MediaType().schema(new ObjectSchema()
                .description("core's JSON form (a session, comment, template, export) or a page {items, nextCursor, next}")));
        r.setContent(c);
      }
    });
    Content problem = new Content().addMediaType("application/problem+json",
        new MediaType().schema(new Schema<>().$ref(PROBLEM)));
    responses.addApiResponse("4XX", new ApiResponse().description("A problem document (RFC 9457)").content(problem));
    responses.addApiResponse("503", new ApiResponse().description("Store unavailable; see Retry-After").content(problem));
    operation.setResponses(responses);
  }

  private static Parameter header(String name, boolean required, String description) {
    return new HeaderParameter().name(name).required(required).description(description).schema(new StringSchema());
  }

  @Override
  public void customise(OpenAPI openApi) {
    Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
    Schema<?> violation = new ObjectSchema().addProperty("path", new StringSchema()).addProperty("message", new StringSchema());
    components.addSchemas("SessionHubProblem", new ObjectSchema()
        .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema())
        .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(violation)));
    components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
    openApi.setComponents(components);
    if (openApi.getSecurity() == null) {
      openApi.addSecurityItem(new SecurityRequirement().addList("basic"));
    }
  }
}
