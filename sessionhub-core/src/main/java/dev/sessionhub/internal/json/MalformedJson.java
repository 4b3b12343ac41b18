package dev.sessionhub.internal.json;

import dev.sessionhub.error.Violation;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/** Describes a parse failure as a violation: where in the document it broke, and why. */
final class MalformedJson {

  /** Jackson's note that it hides the source; it says nothing to our callers. */
  private static final Pattern SOURCE = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");

  private MalformedJson() {}

  static Violation violation(JacksonException e) {
    String path = e.processor() instanceof JsonParser p ? path(p.streamReadContext()) : "";
    String why = SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("");
    return new Violation(path, "malformed JSON" + at(e.getLocation()) + ": " + why);
  }

  private static String at(@Nullable TokenStreamLocation where) {
    return where == null || where.getLineNr() < 1 ? ""
        : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
  }

  /**
   * The path, in the {@code goals[3].status} form, of the value being read when parsing failed,
   * or of the one just read when it failed between two properties: the parser cannot tell.
   */
  private static String path(@Nullable TokenStreamContext context) {
    if (context == null || context.inRoot()) {
      return "";
    }
    String parent = path(context.getParent());
    if (context.inArray()) {
      return parent + "[" + Math.max(0, context.getCurrentIndex()) + "]";
    }
    String name = context.currentName();
    if (name == null) {
      return parent;
    }
    return parent.isEmpty() ? name : parent + "." + name;
  }
}
