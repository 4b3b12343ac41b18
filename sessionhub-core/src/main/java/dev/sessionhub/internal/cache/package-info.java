/**
 * The local session caches: a bounded Caffeine cache and a cache that keeps nothing. Not public
 * API: hosts and adapters get them from {@link dev.sessionhub.cache.SessionCaches}.
 */
@NullMarked
package dev.sessionhub.internal.cache;

import org.jspecify.annotations.NullMarked;
