/**
 * The JDBC adapter's shared parts: the schema and its migrations ({@link org.grid.adapters.jdbc.GridSchema}), the
 * dialect differences in one place ({@link org.grid.adapters.jdbc.Dialect}), transactions, and the adapter's
 * exceptions. The adapters themselves live in subpackages that mirror the domain modules, for example {@code
 * org.grid.adapters.jdbc.jurisdiction}. Plain JDBC over a {@code javax.sql.DataSource} that the embedder supplies;
 * the adapter owns no pool.
 */
package org.grid.adapters.jdbc;
