/**
 * Benchmarks of the JDBC store ({@code sessionhub-store-jdbc}) on an embedded PostgreSQL 17, and
 * the seeder that fills it with 1,000,000 sessions ({@link dev.sessionhub.benchmarks.jdbc.SeedSessions}).
 * Every benchmark here shares one database per JMH fork through {@link
 * dev.sessionhub.benchmarks.jdbc.PostgresHub}; the data directory is fixed (see {@link
 * dev.sessionhub.benchmarks.jdbc.BenchPostgres}), so the seeded sessions are reused by every run.
 */
package dev.sessionhub.benchmarks.jdbc;
