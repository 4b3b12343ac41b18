/** The facade's implementation: services behind {@link dev.sessionhub.SessionHub}. Not public API. */
@NullMarked
package dev.sessionhub.internal.hub;

import org.jspecify.annotations.NullMarked;
