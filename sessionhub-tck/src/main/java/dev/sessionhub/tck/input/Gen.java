package dev.sessionhub.tck.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A generator of random values drawn from a {@link SplittableRandom}: the same seed gives the same
 * values, so a generated input can be reproduced from its seed. Generators are stateless and
 * immutable; combine them with the default methods and the static factories, or write one as a
 * lambda that draws from other generators:
 *
 * <pre>
 * Gen&lt;String&gt; names = Texts.any(Limits.NAME_MAX);
 * Gen&lt;NewGoal&gt; goals = r -&gt; new NewGoal(names.next(r), ...);
 * </pre>
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /** Draws the next value from {@code random}. */
  T next(SplittableRandom random);

  /** Values of this generator transformed by {@code f}. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return r -> f.apply(next(r));
  }

  /** Values of the generator that {@code f} chooses for a value of this one. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    return r -> f.apply(next(r)).next(r);
  }

  /**
   * Values of this generator that satisfy {@code keep}, drawn again until one does.
   *
   * @throws IllegalStateException from {@link #next} when 10,000 draws in a row are refused
   */
  default Gen<T> filter(Predicate<? super T> keep) {
    return r -> {
      for (int i = 0; i < 10_000; i++) {
        T value = next(r);
        if (keep.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("a filter refused 10,000 generated values in a row");
    };
  }

  /** Mutable lists of {@code minSize} to {@code maxSize} values of this generator, sizes uniform. */
  default Gen<List<T>> list(int minSize, int maxSize) {
    Gen<Integer> sizes = ints(minSize, maxSize);
    return r -> {
      int n = sizes.next(r);
      List<T> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(next(r));
      }
      return list;
    };
  }

  /** {@code null} with probability {@code p}, else a value of this generator. */
  default Gen<@Nullable T> injectNull(double p) {
    return r -> r.nextDouble() < p ? null : next(r);
  }

  /** Always {@code value}. */
  static <T> Gen<T> constant(T value) {
    return r -> value;
  }

  /** One of {@code values}, each equally likely. */
  @SafeVarargs
  static <T> Gen<T> of(T... values) {
    return of(List.of(values));
  }

  /** One of {@code values}, each equally likely. */
  static <T> Gen<T> of(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no values to choose from");
    }
    return r -> copy.get(r.nextInt(copy.size()));
  }

  /** One of the constants of {@code type}, each equally likely. */
  static <E extends Enum<E>> Gen<E> of(Class<E> type) {
    return of(type.getEnumConstants());
  }

  /** A value of one of {@code gens}, each generator equally likely. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    return oneOf(List.of(gens));
  }

  /** A value of one of {@code gens}, each generator equally likely. */
  static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
    List<? extends Gen<? extends T>> copy = List.copyOf(gens);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no generators to choose from");
    }
    return r -> copy.get(r.nextInt(copy.size())).next(r);
  }

  /**
   * One generator with its weight, for {@link #frequency}.
   *
   * @param weight how often, relative to the others, the generator is chosen; positive
   * @param gen the generator
   * @param <T> the type of the generated values
   */
  record Weighted<T>(int weight, Gen<? extends T> gen) {

    /** Checks the weight and the generator. */
    public Weighted {
      if (weight <= 0) {
        throw new IllegalArgumentException("weight must be positive: " + weight);
      }
      Objects.requireNonNull(gen, "gen");
    }
  }

  /** {@code gen} with weight {@code weight}, for {@link #frequency}. */
  static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /** A value of one of the generators, each chosen in proportion to its weight. */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> copy = List.of(choices);
    int total = copy.stream().mapToInt(Weighted::weight).sum();
    return r -> {
      int pick = r.nextInt(total);
      for (Weighted<? extends T> w : copy) {
        pick -= w.weight();
        if (pick < 0) {
          return w.gen().next(r);
        }
      }
      throw new AssertionError("unreachable");
    };
  }

  /** Integers from {@code min} to {@code max}, both included, uniform. */
  static Gen<Integer> ints(int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException(min + " > " + max);
    }
    return r -> (int) r.nextLong(min, (long) max + 1);
  }

  /** Longs from {@code min} to {@code max}, both included, uniform. */
  static Gen<Long> longs(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException(min + " > " + max);
    }
    return r -> max == Long.MAX_VALUE ? (min == Long.MIN_VALUE ? r.nextLong() : r.nextLong(min - 1, max) + 1)
        : r.nextLong(min, max + 1);
  }

  /**
   * Any long: half the time one of the corner values 0, ±1, {@link Long#MIN_VALUE} and
   * {@link Long#MAX_VALUE} or a small one (up to ±1,000), else uniform over the whole range.
   */
  static Gen<Long> longs() {
    Gen<Long> corners = of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1);
    return frequency(weighted(1, corners), weighted(1, longs(-1_000, 1_000)), weighted(2, r -> r.nextLong()));
  }

  /** Doubles from {@code min} (included) to {@code max} (excluded), uniform. */
  static Gen<Double> doubles(double min, double max) {
    return r -> r.nextDouble(min, max);
  }

  /** {@code true} or {@code false}, each equally likely. */
  static Gen<Boolean> booleans() {
    return SplittableRandom::nextBoolean;
  }

  /** Strings of {@code minLength} to {@code maxLength} characters of {@code alphabet}, lengths uniform. */
  static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    if (alphabet.isEmpty()) {
      throw new IllegalArgumentException("empty alphabet");
    }
    Gen<Integer> lengths = ints(minLength, maxLength);
    return r -> {
      int n = lengths.next(r);
      StringBuilder sb = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      return sb.toString();
    };
  }

  /**
   * Strings of {@code minLength} to {@code maxLength} of any UTF-16 code unit, from
   * {@code U+0000} to {@code U+FFFF}: controls, NUL and lone surrogates included.
   */
  static Gen<String> anyChars(int minLength, int maxLength) {
    Gen<Integer> lengths = ints(minLength, maxLength);
    return r -> {
      int n = lengths.next(r);
      StringBuilder sb = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        sb.append((char) r.nextInt(Character.MAX_VALUE + 1));
      }
      return sb.toString();
    };
  }
}
