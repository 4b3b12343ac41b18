/**
 * The ports (service provider interfaces) that adapters implement: session store, template
 * store, cache, content store, event publisher, id generation. Types here depend only on the
 * model. Each port is verified by an abstract contract test in {@code sessionhub-tck}.
 */
@NullMarked
package dev.sessionhub.spi;

import org.jspecify.annotations.NullMarked;
