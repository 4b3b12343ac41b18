package dev.sessionhub.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("IsoInstant parses exactly as Instant.parse does")
class IsoInstantTest {

  private static final long YEAR_0 = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

  @Test
  @DisplayName("for what Instant.toString writes, at every precision, years 0 to 9999")
  void canonical() {
    Random random = new Random(1);
    for (int i = 0; i < 200_000; i++) {
      long second = YEAR_0 + (long) (random.nextDouble() * (YEAR_10000 - YEAR_0));
      int nanos = switch (i % 4) {
        case 0 -> 0;
        case 1 -> random.nextInt(1_000) * 1_000_000;
        case 2 -> random.nextInt(1_000_000) * 1_000;
        default -> random.nextInt(1_000_000_000);
      };
      String text = Instant.ofEpochSecond(second, nanos).toString();
      assertThat(IsoInstant.parse(text)).as(text).isEqualTo(Instant.parse(text));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2026-01-31T09:30:00Z", "2026-01-31T09:30:00.1Z", "2026-01-31T09:30:00.12Z",
      "2026-01-31T09:30:00.1234Z", "2026-01-31T09:30:00.12345678Z", "2026-01-31T09:30:00.000000001Z",
      "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
      "2026-00-01T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-31T24:00:00Z", "2026-01-31T23:60:00Z",
      "2016-12-31T23:59:60Z", "2026-01-31T09:30:00.Z", "2026-01-31T09:30:00.1234567890Z", "2026-01-31T09:30:00",
      "2026-01-31t09:30:00z", "2026-01-31 09:30:00Z", "2026-01-31T09:30:00+01:00", "2026-01-31T09:30Z",
      "+12026-01-31T09:30:00Z", "-0001-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
      "٢٠٢٦-01-31T09:30:00Z", "2026-01-31T09:30:0xZ", "2026-01-31T09:30:00.12a4Z", "", "Z", "yesterday"})
  @DisplayName("for odd and invalid texts: same instant, or the same refusal")
  void odd(String text) {
    Throwable expected = catchThrowable(() -> Instant.parse(text));
    if (expected == null) {
      assertThat(IsoInstant.parse(text)).isEqualTo(Instant.parse(text));
    } else {
      assertThat(catchThrowable(() -> IsoInstant.parse(text))).isInstanceOf(DateTimeParseException.class);
    }
  }
}
