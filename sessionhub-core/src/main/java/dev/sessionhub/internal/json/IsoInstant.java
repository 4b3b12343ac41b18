package dev.sessionhub.internal.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import org.jspecify.annotations.Nullable;

/**
 * {@link Instant#parse} with a fast path for the form {@link Instant#toString} writes for years
 * 0000 to 9999 ({@code 2026-01-31T09:30:00.123456789Z}): reading a session parses dozens of
 * instants and the general parser costs microseconds each. Anything else, valid or not, goes to
 * {@code Instant.parse}, so both accept and reject exactly the same texts.
 */
final class IsoInstant {

  private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

  private IsoInstant() {}

  /** @throws java.time.format.DateTimeParseException like {@code Instant.parse} */
  static Instant parse(String s) {
    Instant fast = fast(s);
    return fast != null ? fast : Instant.parse(s);
  }

  private static @Nullable Instant fast(String s) {
    int n = s.length();
    if (n < 20 || n > 30 || n == 21 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z' || (n > 20 && s.charAt(19) != '.')) {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    int fraction = n == 20 ? 0 : digits(s, 20, n - 1);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || fraction < 0) {
      return null;
    }
    long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
    return Instant.ofEpochSecond(epochSecond, n == 20 ? 0 : (long) fraction * SCALE[n - 21]);
  }

  /** The decimal number in {@code s[from, to)}, or -1 if a char there is not an ASCII digit. */
  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
