package dev.sessionhub.tck.input;

import static dev.sessionhub.tck.input.Gen.weighted;

import java.util.List;

/**
 * Generators of text as a caller may send it: good text in many scripts (emoji, surrogate
 * pairs, right-to-left, combining marks, controls, quotes, SQL and path fragments), and text that
 * no store can keep exactly or that breaks a limit: with the NUL character, with an unpaired UTF-16
 * surrogate (high or low, at the start, middle or end), blank, empty, one over the limit, and huge.
 * Use {@link #isStorable(String)} to tell which is which. Stateless; every method returns a fresh
 * generator.
 */
public final class Texts {

  /** Fragments that stress encoders and query builders; each is storable. */
  static final List<String> FRAGMENTS = List.of(
      "plain", "Ünïcödé", "日本語", "한국어", "emoji 🚀🎉", "👩‍💻", "עברית", "العربية", "кириллица",
      "e\u0301", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "quote \" back \\ slash", "new\nline\ttab", "ctl \u0001\u001f\u007f",
      "'; DROP TABLE x; --", "%_\\", "../../etc/passwd", "{{p}}", "@bob", "\u2028\u2029", "\ufeff\u200b",
      "\uffff\ufffe", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08", "\u00a0", "  ", "x");

  private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private static final char[] LONE = {'\ud800', '\udbff', '\udc00', '\udfff'};

  private Texts() {}

  /**
   * Whether a store can keep the text exactly: no NUL character and no unpaired UTF-16
   * surrogate. (Limits on length and blankness are separate.)
   */
  public static boolean isStorable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return false;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Storable, non-blank text of 1 to {@code max} characters, never splitting a surrogate pair. */
  public static Gen<String> storable(int max) {
    Gen<String> words = Gen.oneOf(Gen.of(FRAGMENTS), Gen.strings(ALPHANUMERIC, 1, 12),
        Gen.anyChars(1, 8).filter(Texts::isStorable));
    return words.list(1, 6).map(parts -> String.join(" ", parts))
        .map(s -> fit(s.isBlank() ? "a" + s : s, max));
  }

  /** Text with a NUL character or an unpaired surrogate somewhere; short enough for any limit. */
  public static Gen<String> unstorable() {
    Gen<String> bad = Gen.oneOf(Gen.constant("\u0000"), Gen.of("\ud800", "\udbff", "\udc00", "\udfff"),
        Gen.constant("\udc00\ud800"), Gen.of(LONE[0] + "x", "x" + LONE[2]));
    Gen<String> fragments = Gen.of(FRAGMENTS);
    Gen<Integer> places = Gen.ints(0, 2);
    Gen<String> placed = r -> {
      String fragment = fragments.next(r);
      String b = bad.next(r);
      return switch (places.next(r)) {
        case 0 -> b + fragment;
        case 1 -> fragment + b;
        default -> fragment.substring(0, fragment.length() / 2) + b + fragment.substring(fragment.length() / 2);
      };
    };
    return placed.map(s -> s.length() > 40 ? s.substring(0, 40) : s)
        .filter(s -> !isStorable(s));
  }

  /** Empty, or only white space. */
  public static Gen<String> blank() {
    return Gen.of("", " ", "   ", "\t", "\n", " \r\n ", "\u2003");
  }

  /** Storable text of {@code max + 1} up to {@code 4 * max + 1} characters: just over, or well over, a limit. */
  public static Gen<String> overLimit(int max) {
    return Gen.ints(max + 1, 4 * max + 1).map(n -> "o".repeat(n));
  }

  /** Storable text of 100,000 to 400,000 characters. */
  public static Gen<String> huge() {
    return Gen.ints(100_000, 400_000).map(n -> "h\u00e9\ud83d\ude80".repeat(n / 4));
  }

  /**
   * Text for a field of at most {@code max} characters: storable and within the limit about four
   * times in five, else unstorable, blank, over the limit or huge.
   */
  public static Gen<String> any(int max) {
    return Gen.frequency(
        weighted(32, storable(max)), weighted(4, unstorable()), weighted(2, blank()),
        weighted(2, overLimit(max)), weighted(1, huge().filter(s -> s.length() > max)));
  }

  private static String fit(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    String cut = s.substring(0, Math.max(1, end));
    return cut.isBlank() ? "a" : cut;
  }
}
