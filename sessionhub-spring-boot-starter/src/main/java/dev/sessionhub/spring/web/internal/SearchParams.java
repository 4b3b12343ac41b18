package dev.sessionhub.spring.web.internal;

import dev.sessionhub.error.ValidationException;
import dev.sessionhub.model.Priority;
import dev.sessionhub.model.Role;
import dev.sessionhub.model.SessionQuery;
import dev.sessionhub.model.SessionStatus;
import dev.sessionhub.model.SessionType;
import dev.sessionhub.model.SortDirection;
import dev.sessionhub.model.SortKey;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The query string of {@code GET /sessions} as a {@link SessionQuery}: {@code q}, {@code status},
 * {@code type}, {@code priority}, {@code tag} (repeated or comma-separated), {@code owner},
 * {@code member}, {@code role} ({@code OWNER}: the caller's own; {@code MEMBER}: every session the
 * caller holds any role in), {@code template}, {@code archived}, {@code sort}, {@code direction},
 * {@code cursor}, {@code size}. An unknown parameter is refused, as are unknown values; every
 * problem is reported at once.
 */
final class SearchParams {

  private static final Set<String> KNOWN = Set.of("q", "status", "type", "priority", "tag", "owner", "member", "role",
      "template", "archived", "sort", "direction", "cursor", "size");

  private SearchParams() {}

  static SessionQuery query(HttpServletRequest request, String actor, int pageSize) {
    Fields problems = Fields.root(Map.of());
    Map<String, String[]> params = request.getParameterMap();
    params.keySet().stream().filter(k -> !KNOWN.contains(k)).sorted()
        .forEach(k -> problems.fail(k, "is not a known search parameter; use " + KNOWN.stream().sorted().toList()));
    SessionQuery.Builder b = SessionQuery.builder().pageSize(pageSize);
    b.text(one(params, "q", problems));
    each(params, "status", v -> add(problems, "status", v, SessionStatus.class, b::status));
    each(params, "type", v -> add(problems, "type", v, SessionType.class, b::type));
    each(params, "priority", v -> add(problems, "priority", v, Priority.class, b::priority));
    each(params, "tag", b::tag);
    b.owner(one(params, "owner", problems));
    b.member(one(params, "member", problems));
    String role = one(params, "role", problems);
    if (role != null) {
      if (role.equalsIgnoreCase(Role.OWNER.name())) {
        b.owner(actor);
      } else if (!role.equalsIgnoreCase("MEMBER")) {
        problems.fail("role", "use OWNER (sessions the caller owns) or MEMBER (every session the caller holds a role in)");
      }
    }
    b.template(one(params, "template", problems));
    String archived = one(params, "archived", problems);
    if (archived != null) {
      if (!archived.equals("true") && !archived.equals("false")) {
        problems.fail("archived", "must be true or false");
      }
      b.includeArchived(Boolean.parseBoolean(archived));
    }
    SortKey sort = SortKey.UPDATED;
    SortDirection direction = SortDirection.DESC;
    try {
      String s = one(params, "sort", problems);
      sort = s == null ? sort : SortKey.parse(s);
    } catch (ValidationException e) {
      e.violations().forEach(v -> problems.fail(v.path(), v.message()));
    }
    try {
      String d = one(params, "direction", problems);
      direction = d == null ? direction : SortDirection.parse(d);
    } catch (ValidationException e) {
      e.violations().forEach(v -> problems.fail(v.path(), v.message()));
    }
    b.sort(sort, direction);
    b.cursor(one(params, "cursor", problems));
    problems.done();
    return b.build();
  }

  private static @Nullable String one(Map<String, String[]> params, String name, Fields problems) {
    String[] values = params.get(name);
    if (values == null || values.length == 0) {
      return null;
    }
    if (values.length > 1) {
      problems.fail(name, "must be given once");
    }
    return values[0];
  }

  private static void each(Map<String, String[]> params, String name, Consumer<String> into) {
    String[] values = params.get(name);
    if (values == null) {
      return;
    }
    List<String> all = new ArrayList<>();
    for (String v : values) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          all.add(part.trim());
        }
      }
    }
    all.forEach(into);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> void add(Fields problems, String name, String value, Class<E> type,
      Consumer<E[]> into) {
    E e = problems.constant(name, value, type);
    if (e != null) {
      E[] one = (E[]) java.lang.reflect.Array.newInstance(type, 1);
      one[0] = e;
      into.accept(one);
    }
  }
}
