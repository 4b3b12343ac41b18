package dev.sessionhub;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every instance method of {@link SessionHub}, found by reflection, and plausible arguments for
 * each, so a test can call them all (and a method added later is called too). Arguments come
 * from the parameter's name and type: {@code actor} is the given actor, {@code sessionId} the
 * given session, other strings a placeholder, versions the given version; a command object the
 * test cannot make generically is {@code null}, which the facade rejects with a validation error.
 */
final class HubMethods {

  private HubMethods() {}

  /** The instance methods, {@code close} last, the rest by name and arity. */
  static List<Method> all() {
    return Arrays.stream(SessionHub.class.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .sorted(Comparator.comparing((Method m) -> m.getName().equals("close"))
            .thenComparing(Method::getName).thenComparing(Method::getParameterCount))
        .toList();
  }

  static boolean has(Method m, String parameter) {
    return Arrays.stream(m.getParameters()).anyMatch(p -> p.getName().equals(parameter));
  }

  /** Calls the method; returns what it threw, or {@code null} if it returned. */
  static @Nullable Throwable call(SessionHub hub, Method m, String actor, String sessionId, long version) {
    Object[] args = Arrays.stream(m.getParameters()).map(p -> argument(p, actor, sessionId, version)).toArray();
    try {
      Object result = m.invoke(hub, args);
      if (result instanceof AutoCloseable c) {
        c.close();
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError("could not call " + m, e);
    }
  }

  private static @Nullable Object argument(Parameter p, String actor, String sessionId, long version) {
    Class<?> type = p.getType();
    if (type == String.class) {
      return switch (p.getName()) {
        case "actor" -> actor;
        case "sessionId" -> sessionId;
        case "templateId" -> "bug-fix";
        case "json" -> "{}";
        default -> "x";
      };
    }
    if (type == long.class) {
      return version;
    }
    if (type == int.class) {
      return p.getName().equals("version") ? 1 : 10;
    }
    if (type == Instant.class) {
      return Instant.EPOCH;
    }
    if (type == InputStream.class) {
      return new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8));
    }
    if (type == List.class) {
      return List.of();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    return null;
  }
}
