package dev.sessionhub.tck.input;

import static dev.sessionhub.tck.input.Gen.weighted;

/**
 * Generators of ids (of sessions, goals, comments, templates...), user ids and content
 * hashes as a caller or an imported document may send them: well-formed ones (1 to 64 of
 * {@code [A-Za-z0-9_-]}), and malformed ones that must be refused before they reach a store
 * (empty, blank, 65 characters or more, with NUL, with an unpaired surrogate, path traversal,
 * SQL fragments, white space, letters outside ASCII). Stateless.
 */
public final class Ids {

  private Ids() {}

  /** Well-formed ids: 1 to 64 of {@code [A-Za-z0-9_-]}. */
  public static Gen<String> wellFormed() {
    return Gen.strings("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", 1, 64);
  }

  /** Ids no store may be handed. */
  public static Gen<String> malformed() {
    return Gen.oneOf(
        Gen.of("", " ", "a b", "a\u0000b", "\u0000", "a\ud800", "\udc00", "../../secret", "a/b", "a\\b", ".",
            "..", "'; DROP TABLE x; --", "id%", "ïd", "日本", "🚀", "a\nb", "a.b", "a:b"),
        Gen.strings("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 65, 65),
        Gen.ints(65, 5_000).map("i"::repeat),
        Texts.unstorable(),
        wellFormed().map(id -> id + "\u0000"),
        wellFormed().map(id -> id + "\ud800"));
  }

  /** Mostly well-formed, sometimes malformed ids. */
  public static Gen<String> any() {
    return Gen.frequency(weighted(4, wellFormed()), weighted(1, malformed()));
  }

  /** User ids: storable text of 1 to {@code max} characters, or blank, over-long or unstorable. */
  public static Gen<String> users(int max) {
    return Gen.frequency(weighted(12, Texts.storable(max)), weighted(2, Texts.unstorable()),
        weighted(1, Texts.blank()), weighted(1, Texts.overLimit(max)));
  }

  /** Content hashes that are not 64 lower-case hex digits, path traversal included. */
  public static Gen<String> malformedSha256() {
    return Gen.oneOf(
        Gen.of("../../secret.txt", "..", "/etc/passwd", "", "00/../../x", "a".repeat(64) + "/", "A".repeat(64),
            "g".repeat(64), "a".repeat(63), "a".repeat(65), "a".repeat(63) + "\u0000"),
        Gen.strings("0123456789abcdef", 64, 64).map(h -> h.substring(0, 62) + "./"));
  }
}
