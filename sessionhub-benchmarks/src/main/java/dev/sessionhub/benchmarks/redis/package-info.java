/**
 * Benchmarks of {@code sessionhub-cache-redis}: reads of each level, the time until an update is
 * visible on another instance, and the local level's hit rate on a Zipf workload.
 */
package dev.sessionhub.benchmarks.redis;
