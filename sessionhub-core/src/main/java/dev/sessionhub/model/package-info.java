/**
 * SessionHub's domain model: immutable value types for sessions, goals, milestones, blockers,
 * collaborators, comments, templates and the rest. Every value is thread-safe; constructors
 * check structure (non-null, copied collections), while limits and cross-field rules are
 * checked by the facade, which reports every violation at once.
 */
@NullMarked
package dev.sessionhub.model;

import org.jspecify.annotations.NullMarked;
