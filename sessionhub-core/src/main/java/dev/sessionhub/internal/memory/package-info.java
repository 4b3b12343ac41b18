/**
 * The in-memory stores: the thread-safe reference implementations of the store ports, used as
 * the default for embedding and tests and as the yardstick adapters are checked against. Not
 * public API.
 */
@NullMarked
package dev.sessionhub.internal.memory;

import org.jspecify.annotations.NullMarked;
