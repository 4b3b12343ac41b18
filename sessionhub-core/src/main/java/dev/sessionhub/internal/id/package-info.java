/** The default id generator: time-ordered UUIDs (version 7). Not public API. */
@NullMarked
package dev.sessionhub.internal.id;

import org.jspecify.annotations.NullMarked;
