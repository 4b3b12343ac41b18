/**
 * JMH benchmarks and heap measurements behind the figures in {@code docs/benchmarks.md}. Not
 * published; run from {@code target/benchmarks.jar}.
 */
package dev.sessionhub.benchmarks;
