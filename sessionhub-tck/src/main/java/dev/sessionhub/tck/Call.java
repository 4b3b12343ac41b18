package dev.sessionhub.tck;

import dev.sessionhub.model.CustomValues;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One generated call of the facade, for {@link BadInputContract}: what it runs against the
 * fixture, and the texts it hands over that must read back exactly if the call is accepted.
 *
 * @param name the operation
 * @param args the generated arguments, for the report of a failure
 * @param action runs the call; a call off the fixture's session checks its own store state
 * @param stored texts the call stores when it is accepted
 * @param onSession whether the call works on the fixture's session, which must then be
 *     unchanged after a rejection
 */
record Call(String name, List<Object> args, Action action, List<String> stored, boolean onSession) {

  /** Runs the call against the fixture; returns what the facade returned. */
  @FunctionalInterface
  interface Action {
    @Nullable Object run(InputFixture f) throws Exception;
  }

  Call(String name, List<Object> args, Action action) {
    this(name, args, action, List.of(), true);
  }

  Call(String name, List<Object> args, Action action, List<String> stored) {
    this(name, args, action, stored, true);
  }

  /** A call that does not work on the fixture's session. */
  static Call elsewhere(String name, List<Object> args, Action action, List<String> stored) {
    return new Call(name, args, action, stored, false);
  }

  /** How many generated values the call hands to the facade. */
  int inputs() {
    return Math.max(1, args.size());
  }

  @Override
  public String toString() {
    return name + args.stream().map(Call::show).collect(Collectors.joining(", ", "(", ")"));
  }

  /** A value as a failure report shows it: escaped, and cut when long. */
  static String show(@Nullable Object v) {
    if (v instanceof java.util.Map<?, ?> m && CustomValues.depth(castMap(m)) > 3) {
      return "{" + m.size() + " fields nested " + CustomValues.depth(castMap(m)) + " levels}";
    }
    String s = String.valueOf(v);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length() && sb.length() < 80; i++) {
      char c = s.charAt(i);
      sb.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return sb.length() < s.length() ? sb + "...(" + s.length() + " chars)" : sb.toString();
  }

  /** Where two texts (such as two JSON documents) first differ, with a little context, escaped. */
  static String difference(String expected, String actual) {
    int i = 0;
    while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 30);
    return "at character " + i + ": expected ..." + show(expected.substring(from, Math.min(expected.length(), i + 30)))
        + "... but the store has ..." + show(actual.substring(from, Math.min(actual.length(), i + 30))) + "...";
  }

  @SuppressWarnings("unchecked")
  private static java.util.Map<String, ?> castMap(java.util.Map<?, ?> m) {
    return (java.util.Map<String, ?>) m;
  }
}
