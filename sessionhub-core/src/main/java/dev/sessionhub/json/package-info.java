/**
 * The canonical JSON form of sessions, comments, templates and export documents, shared by the
 * facade and every store and cache adapter so that no adapter maps these fields itself. Start at
 * {@link dev.sessionhub.json.SessionJson}. The JSON library used is an implementation detail and
 * appears in no signature here.
 */
@NullMarked
package dev.sessionhub.json;

import org.jspecify.annotations.NullMarked;
