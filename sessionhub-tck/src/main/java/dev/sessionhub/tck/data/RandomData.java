package dev.sessionhub.tck.data;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Seeded random primitives for {@link SessionGenerator}: numbers, picks, ids, instants and
 * durations of varying precision, and text that mixes scripts, emoji, escapes and empty strings.
 */
final class RandomData {

  /** Text fragments chosen to stress encoders: every one is valid Unicode without NUL. */
  private static final List<String> FRAGMENTS = List.of(
      "plain ascii", "Ünïcödé wörds", "日本語のテキスト", "中文文本", "한국어", "emoji 🚀🎉👩‍💻",
      "עברית", "العربية", "Ελληνικά", "кириллица", "combining e\u0301 a\u0308", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛",
      "quotes \" and \\ backslash", "new\nline\ttab\rreturn", "controls \u0001\u001f\u007f",
      "</script><b>html</b>", "{{placeholder}}", "null", "  spaced  ", "line\u2028sep\u2029para",
      "zero\u200bwidth\ufeffbom", "'single' `back`", "100% & $5 #hash", "slash / and \\/",
      "\ud83c\udff3\ufe0f\u200d\ud83c\udf08", "\u00a0nbsp");
  private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final long EARLIEST = Instant.parse("2001-09-09T01:46:40Z").getEpochSecond();
  private static final long LATEST = Instant.parse("2045-01-01T00:00:00Z").getEpochSecond();

  private final Random random;

  RandomData(long seed) {
    this.random = new Random(seed);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Between {@code lo} and {@code hi}, both included. */
  int between(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  /** Between {@code lo} and {@code hi}, both included. */
  long between(long lo, long hi) {
    return lo + (long) (random.nextDouble() * (hi - lo + 1));
  }

  /** A count that is zero about a fifth of the time (always when {@code max} is 0), else up to {@code max}. */
  int count(int max) {
    return max <= 0 || chance(0.2) ? 0 : between(1, max);
  }

  long nextLong() {
    return random.nextLong();
  }

  double nextDouble() {
    return random.nextDouble();
  }

  <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[random.nextInt(all.length)];
  }

  /** Up to {@code max} distinct items of {@code from}, in random order. */
  <T> List<T> subset(List<T> from, int max) {
    Set<T> chosen = new LinkedHashSet<>();
    int n = from.isEmpty() ? 0 : between(0, Math.min(max, from.size()));
    while (chosen.size() < n) {
      chosen.add(pick(from));
    }
    return List.copyOf(chosen);
  }

  <T> List<T> list(int n, Supplier<T> item) {
    List<T> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(item.get());
    }
    return list;
  }

  /** Lowercase letters and digits. */
  String token(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    }
    return sb.toString();
  }

  /** Text of at most {@code max} chars, sometimes empty, never splitting a surrogate pair. */
  String text(int max) {
    if (chance(0.08)) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    int parts = between(1, 4);
    for (int i = 0; i < parts; i++) {
      String part = chance(0.6) ? pick(FRAGMENTS) : token(between(1, 12));
      if (sb.length() + part.length() + 1 > max) {
        break;
      }
      sb.append(i == 0 ? "" : " ").append(part);
    }
    return sb.toString();
  }

  /** Text of at least one char and at most {@code max}. */
  String nonEmptyText(int max) {
    String s = text(max);
    return s.isEmpty() ? token(Math.min(max, 8)) : s;
  }

  /** A moment between 2001 and 2045, at second, milli, micro or nano precision. */
  Instant instant() {
    return Instant.ofEpochSecond(between(EARLIEST, LATEST), nanos());
  }

  /** A moment in {@code [from, to]}; the offset from {@code from} has a random precision. */
  Instant between(Instant from, Instant to) {
    long span = Duration.between(from, to).toNanos();
    if (span <= 0) {
      return from;
    }
    long offset = between(0L, span);
    long unit = precisionUnit();
    return from.plusNanos(offset - offset % unit);
  }

  /** A moment up to {@code maxHours} after {@code from}, at least one second later. */
  Instant after(Instant from, int maxHours) {
    return between(from.plusSeconds(1), from.plusSeconds(maxHours * 3600L));
  }

  /** A positive duration up to {@code max}, at minute, second, milli or nano precision. */
  Duration duration(Duration max) {
    long nanos = between(1L, max.toNanos());
    long unit = chance(0.3) ? 60_000_000_000L : precisionUnit();
    return Duration.ofNanos(Math.max(unit, nanos - nanos % unit));
  }

  private int nanos() {
    long unit = precisionUnit();
    long n = between(0L, 999_999_999L);
    return (int) (n - n % unit);
  }

  private long precisionUnit() {
    return switch (random.nextInt(4)) {
      case 0 -> 1_000_000_000L;
      case 1 -> 1_000_000L;
      case 2 -> 1_000L;
      default -> 1L;
    };
  }
}
