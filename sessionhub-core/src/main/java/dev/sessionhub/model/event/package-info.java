/** Events published after session changes are stored: a sealed hierarchy. */
@NullMarked
package dev.sessionhub.model.event;

import org.jspecify.annotations.NullMarked;
