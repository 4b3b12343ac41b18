/**
 * Test data for contract and round-trip tests: {@link dev.sessionhub.tck.data.SessionGenerator},
 * a seeded generator of valid, fully populated aggregates,
 * {@link dev.sessionhub.tck.data.Sessions}, a builder of minimal sessions, and
 * {@link dev.sessionhub.tck.data.MutableClock}, a clock moved by hand (core's own tests keep a copy
 * of it, since the kit depends on core). Independent of any test
 * framework, so adapters may use them in their own tests too.
 */
@NullMarked
package dev.sessionhub.tck.data;

import org.jspecify.annotations.NullMarked;
