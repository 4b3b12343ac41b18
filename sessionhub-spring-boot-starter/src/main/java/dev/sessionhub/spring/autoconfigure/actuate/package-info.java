/**
 * Actuator health indicators and Micrometer meters for the auto-configured SessionHub: each part
 * switches on when its library is on the classpath and its bean exists.
 */
@NullMarked
package dev.sessionhub.spring.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
