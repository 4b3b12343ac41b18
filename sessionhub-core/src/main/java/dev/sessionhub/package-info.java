/**
 * SessionHub's public entry point: the {@link dev.sessionhub.SessionHub} facade, its builder,
 * the commands it takes and the {@link dev.sessionhub.Operation} access matrix.
 */
@NullMarked
package dev.sessionhub;

import org.jspecify.annotations.NullMarked;
