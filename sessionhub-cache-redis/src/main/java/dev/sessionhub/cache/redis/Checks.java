package dev.sessionhub.cache.redis;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/** The checks the builders share, each throwing an {@link IllegalArgumentException} naming the setting. */
final class Checks {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:-]{0,64}");

  private Checks() {}

  /** A key prefix: up to 64 letters, digits and {@code . _ : -}. */
  static String keyPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (!NAME.matcher(prefix).matches()) {
      throw new IllegalArgumentException("a key prefix is up to 64 letters, digits and . _ : -, was \"" + prefix + "\"");
    }
    return prefix;
  }

  /** An instance id: 1 to 64 letters, digits and {@code . _ : -}. */
  static String instanceId(String id) {
    Objects.requireNonNull(id, "id");
    if (id.isEmpty() || !NAME.matcher(id).matches()) {
      throw new IllegalArgumentException("an instance id is 1 to 64 letters, digits and . _ : -, was \"" + id + "\"");
    }
    return id;
  }

  /** A wait before trying Redis again: 0 to 60 s. */
  static Duration retryAfter(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative() || retryAfter.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException("retryAfter must be 0 to 60 s, was " + retryAfter);
    }
    return retryAfter;
  }

  /** A positive time to live. */
  static Duration ttl(Duration ttl, String name) {
    Objects.requireNonNull(ttl, name);
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + ttl);
    }
    return ttl;
  }
}
