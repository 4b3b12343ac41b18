/**
 * The session caches core ships, behind a public factory: {@link dev.sessionhub.cache.SessionCaches#local}
 * (a bounded local cache with {@link dev.sessionhub.cache.CacheStats statistics}) and
 * {@link dev.sessionhub.cache.SessionCaches#none}. A cache adapter (such as a two-level cache
 * whose first level is the local cache) builds on these and the
 * {@link dev.sessionhub.spi.SessionCache} port, never on core's internals.
 */
@NullMarked
package dev.sessionhub.cache;

import org.jspecify.annotations.NullMarked;
