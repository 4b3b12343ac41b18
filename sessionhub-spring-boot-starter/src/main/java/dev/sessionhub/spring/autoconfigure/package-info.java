/** Spring Boot auto-configuration of SessionHub. */
@NullMarked
package dev.sessionhub.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
