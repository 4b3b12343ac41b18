package dev.sessionhub.tck.input;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of ids (of sessions, goals, comments, templates...), user ids and content
 * hashes as a caller or an imported document may send them: well-formed ones (1 to 64 of
 * {@code [A-Za-z0-9_-]}), and malformed ones that must be refused before they reach a store
 * (empty, blank, 65 characters or more, with NUL, with an unpaired surrogate, path traversal,
 * SQL fragments, white space, letters outside ASCII). Stateless.
 */
public final class Ids {

  private Ids() {}

  /** Well-formed ids: 1 to 64 of {@code [A-Za-z0-9_-]}. */
  public static Arbitrary<String> wellFormed() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        .ofMinLength(1).ofMaxLength(64);
  }

  /** Ids no store may be handed. */
  public static Arbitrary<String> malformed() {
    return Arbitraries.oneOf(
        Arbitraries.of("", " ", "a b", "a\u0000b", "\u0000", "a\ud800", "\udc00", "../../secret", "a/b", "a\\b", ".",
            "..", "'; DROP TABLE x; --", "id%", "ïd", "日本", "🚀", "a\nb", "a.b", "a:b"),
        Arbitraries.strings().alpha().ofLength(65),
        Arbitraries.integers().between(65, 5_000).map("i"::repeat),
        Texts.unstorable(),
        wellFormed().map(id -> id + "\u0000"),
        wellFormed().map(id -> id + "\ud800"));
  }

  /** Mostly well-formed, sometimes malformed ids. */
  public static Arbitrary<String> any() {
    return Arbitraries.frequencyOf(Tuple.of(4, wellFormed()), Tuple.of(1, malformed()));
  }

  /** User ids: storable text of 1 to {@code max} characters, or blank, over-long or unstorable. */
  public static Arbitrary<String> users(int max) {
    return Arbitraries.frequencyOf(Tuple.of(12, Texts.storable(max)), Tuple.of(2, Texts.unstorable()),
        Tuple.of(1, Texts.blank()), Tuple.of(1, Texts.overLimit(max)));
  }

  /** Content hashes that are not 64 lower-case hex digits, path traversal included. */
  public static Arbitrary<String> malformedSha256() {
    return Arbitraries.oneOf(
        Arbitraries.of("../../secret.txt", "..", "/etc/passwd", "", "00/../../x", "a".repeat(64) + "/", "A".repeat(64),
            "g".repeat(64), "a".repeat(63), "a".repeat(65), "a".repeat(63) + "\u0000"),
        Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).map(h -> h.substring(0, 62) + "./"));
  }
}
