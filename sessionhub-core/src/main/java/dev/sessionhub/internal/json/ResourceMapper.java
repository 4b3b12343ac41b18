package dev.sessionhub.internal.json;

import dev.sessionhub.model.Resource;
import tools.jackson.core.JsonGenerator;

/** The JSON fields of a {@link Resource}. */
final class ResourceMapper {

  private ResourceMapper() {}

  static void write(JsonGenerator g, Resource r) {
    g.writeStringProperty("id", r.id());
    g.writeStringProperty("title", r.title());
    g.writeStringProperty("url", r.url());
  }

  static Resource read(JsonIn in) {
    return new Resource(in.string("id"), in.string("title"), in.string("url"));
  }
}
