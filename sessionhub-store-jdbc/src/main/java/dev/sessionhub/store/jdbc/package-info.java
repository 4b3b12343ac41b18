/**
 * SessionHub's JDBC store: {@link dev.sessionhub.store.jdbc.JdbcStores} builds the
 * {@code SessionStore} and {@code TemplateStore} for PostgreSQL, MariaDB/MySQL and H2. Everything
 * else of the module is in its {@code internal} package and not API.
 */
@NullMarked
package dev.sessionhub.store.jdbc;

import org.jspecify.annotations.NullMarked;
