/** The JDBC stores' implementation: SQL, dialects, migrations. Not public API. */
@NullMarked
package dev.sessionhub.store.jdbc.internal;

import org.jspecify.annotations.NullMarked;
