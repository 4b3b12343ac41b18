/**
 * The example Spring Boot app: {@link dev.sessionhub.examples.app.ExampleApplication} and its
 * settings, {@link dev.sessionhub.examples.app.ExampleProperties}.
 */
@NullMarked
package dev.sessionhub.examples.app;

import org.jspecify.annotations.NullMarked;
