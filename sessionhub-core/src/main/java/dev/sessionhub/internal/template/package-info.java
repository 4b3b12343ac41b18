/**
 * The template engine as pure functions: the built-in templates, placeholder syntax, template
 * validation, instantiation into goals and milestones, and suggestions ranked from a user's
 * history. No I/O and no clock; every class is stateless and thread-safe. Not public API.
 */
@NullMarked
package dev.sessionhub.internal.template;

import org.jspecify.annotations.NullMarked;
