/**
 * The JDBC adapter's shared parts: the schema and its migrations ({@link org.grid.adapters.jdbc.GridSchema}), the
 * dialect differences in one place ({@link org.grid.adapters.jdbc.Dialect}), transactions, the adapter's
 * exceptions, and the mapping helpers: {@link org.grid.adapters.jdbc.Sql}, {@link
 * org.grid.adapters.jdbc.TableColumns} (a table's columns said once, the statements generated from them) and
 * {@link org.grid.adapters.jdbc.RowReader} (reads a row by column name, naming table, row and column on a
 * refusal). The adapters themselves live in subpackages that mirror the domain modules, for example {@code
 * org.grid.adapters.jdbc.jurisdiction}. Plain JDBC over a {@code javax.sql.DataSource} that the embedder supplies;
 * the adapter owns no pool.
 */
package org.grid.adapters.jdbc;
