/**
 * The contract kit: abstract JUnit 5 test classes that every adapter of a port in
 * {@code dev.sessionhub.spi} extends, supplying a factory and a cleanup in a few lines.
 * {@link dev.sessionhub.tck.SessionStoreContract}, {@link dev.sessionhub.tck.TemplateStoreContract},
 * {@link dev.sessionhub.tck.SessionCacheContract} and {@link dev.sessionhub.tck.ContentStoreContract}
 * each check one port; their nested groups and display names read as its specification. Add
 * this module to an adapter in test scope; it brings JUnit Jupiter and AssertJ with it.
 */
@NullMarked
package dev.sessionhub.tck;

import org.jspecify.annotations.NullMarked;
