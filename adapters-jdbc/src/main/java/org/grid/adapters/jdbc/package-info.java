/**
 * The JDBC adapter: outbound ports of grid over a {@code javax.sql.DataSource} the embedder supplies, with
 * Flyway migrations for H2 (the embedded default), PostgreSQL and MariaDB.
 */
package org.grid.adapters.jdbc;
