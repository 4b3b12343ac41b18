package dev.sessionhub.internal.template;

import dev.sessionhub.internal.domain.Checks;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholder syntax, in one place: {@code {{name}}}, where the name starts with a letter
 * followed by letters, digits or underscores, with optional spaces inside the braces
 * ({@code {{ name }}}). Anything else, unbalanced braces included, is plain text.
 */
public final class Placeholders {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{ *(" + NAME.pattern() + ") *}}");

  private Placeholders() {}

  /** The names of the placeholders in {@code text}, in order of first appearance. */
  public static Set<String> names(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** {@code text} with every placeholder that has a value replaced; the others are left as they are. */
  public static String fill(String text, Map<String, String> values) {
    if (text.indexOf("{{") < 0) {
      return text;
    }
    return PLACEHOLDER.matcher(text).replaceAll(m -> {
      String value = values.get(m.group(1));
      return Matcher.quoteReplacement(value == null ? m.group() : value);
    });
  }

  /** Reports each placeholder in {@code text} that names no declared parameter. */
  static void check(Checks c, String path, String text, Set<String> declared) {
    for (String name : names(text)) {
      if (!declared.contains(name)) {
        c.fail(path, "uses undeclared parameter '" + name + "'");
      }
    }
  }

  /** Whether {@code name} is a valid placeholder name. */
  public static boolean isName(String name) {
    return NAME.matcher(name).matches();
  }
}
