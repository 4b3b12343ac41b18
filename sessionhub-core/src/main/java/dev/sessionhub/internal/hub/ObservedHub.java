package dev.sessionhub.internal.hub;

import dev.sessionhub.ObservedOperation;
import dev.sessionhub.OperationObserver;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Session;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports every call of every {@link SessionHub} method to the observers: a dynamic proxy over
 * the interface, so a method cannot be left out. The actor and session come from the parameters
 * named {@code actor} and {@code sessionId} (core is compiled with {@code -parameters}), or for a
 * method without a session parameter that returns a {@link Session}, from its result.
 */
public final class ObservedHub implements InvocationHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ObservedHub.class);

  /** Where a method's actor and session id are among its arguments; -1 when absent. */
  private record Shape(String name, int actor, int sessionId) {}

  private static final Map<Method, Shape> SHAPES = shapes();

  private final SessionHub target;
  private final List<OperationObserver> observers;

  private ObservedHub(SessionHub target, List<OperationObserver> observers) {
    this.target = target;
    this.observers = List.copyOf(observers);
  }

  /** {@code target} with every call reported to {@code observers}. */
  public static SessionHub wrap(SessionHub target, List<OperationObserver> observers) {
    return (SessionHub) Proxy.newProxyInstance(SessionHub.class.getClassLoader(), new Class<?>[] {SessionHub.class},
        new ObservedHub(target, observers));
  }

  private static Map<Method, Shape> shapes() {
    Map<Method, Shape> shapes = new HashMap<>();
    for (Method m : SessionHub.class.getMethods()) {
      if (!Modifier.isStatic(m.getModifiers())) {
        shapes.put(m, shapeOf(m));
      }
    }
    return Map.copyOf(shapes);
  }

  private static Shape shapeOf(Method m) {
    return new Shape(m.getName(), indexOf(m, "actor"), indexOf(m, "sessionId"));
  }

  private static int indexOf(Method m, String name) {
    Parameter[] parameters = m.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getName().equals(name) && parameters[i].getType() == String.class) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return objectMethod(proxy, method, args);
    }
    Shape shape = SHAPES.get(method);
    if (shape == null) {
      shape = shapeOf(method);
    }
    String actor = argument(args, shape.actor());
    String sessionId = argument(args, shape.sessionId());
    List<OperationObserver.Scope> scopes = start(shape.name(), actor, sessionId);
    long start = System.nanoTime();
    Object result = null;
    Throwable failure = null;
    try {
      result = method.invoke(target, args);
      return result;
    } catch (InvocationTargetException e) {
      failure = e.getCause();
      throw failure;
    } finally {
      long nanos = System.nanoTime() - start;
      close(scopes);
      if (sessionId == null && result instanceof Session s) {
        sessionId = s.id();
      }
      complete(new ObservedOperation(shape.name(), actor, sessionId, nanos, failure));
    }
  }

  private @Nullable Object objectMethod(Object proxy, Method method, @Nullable Object @Nullable [] args) {
    return switch (method.getName()) {
      case "equals" -> args != null && proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      case "toString" -> "observed " + target;
      default -> throw new UnsupportedOperationException(method.toString());
    };
  }

  private static @Nullable String argument(@Nullable Object @Nullable [] args, int index) {
    return index < 0 || args == null ? null : (String) args[index];
  }

  private List<OperationObserver.Scope> start(String operation, @Nullable String actor, @Nullable String sessionId) {
    List<OperationObserver.Scope> scopes = new ArrayList<>(observers.size());
    for (OperationObserver o : observers) {
      try {
        scopes.add(o.started(operation, actor, sessionId));
      } catch (RuntimeException e) {
        LOG.warn("operation observer {} failed at the start of {}", o, operation, e);
      }
    }
    return scopes;
  }

  private static void close(List<OperationObserver.Scope> scopes) {
    for (int i = scopes.size() - 1; i >= 0; i--) {
      try {
        scopes.get(i).close();
      } catch (RuntimeException e) {
        LOG.warn("operation observer scope {} failed to close", scopes.get(i), e);
      }
    }
  }

  private void complete(ObservedOperation operation) {
    for (OperationObserver o : observers) {
      try {
        o.completed(operation);
      } catch (RuntimeException e) {
        LOG.warn("operation observer {} failed for {}", o, operation.operation(), e);
      }
    }
  }
}
