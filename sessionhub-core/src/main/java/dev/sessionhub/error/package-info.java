/**
 * The exceptions SessionHub throws: one unchecked root, {@link dev.sessionhub.error.SessionHubException},
 * and precise subclasses that carry what a caller needs to react (violations, versions, roles).
 */
@NullMarked
package dev.sessionhub.error;

import org.jspecify.annotations.NullMarked;
