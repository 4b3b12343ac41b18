/**
 * The hand-written mapping behind {@link dev.sessionhub.json.SessionJson}: one mapper per model
 * type, writing with Jackson's streaming generator and reading from a Jackson tree through
 * {@link dev.sessionhub.internal.json.JsonIn}, which collects every violation with its path.
 * Not public API.
 */
@NullMarked
package dev.sessionhub.internal.json;

import org.jspecify.annotations.NullMarked;
