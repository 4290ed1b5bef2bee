/**
 * The JDBC adapter's shared parts. The adapters themselves live in subpackages that mirror the domain modules, for
 * example {@code org.grid.adapters.jdbc.jurisdiction}. Plain JDBC over a {@code javax.sql.DataSource} that the
 * embedder supplies; the adapter owns no pool.
 *
 * <p><b>API</b> (what an embedder uses; docs/api.md): the schema and its migrations ({@link
 * org.grid.adapters.jdbc.GridSchema}), the unit of work whose transactions the use cases run in ({@link
 * org.grid.adapters.jdbc.JdbcUnitOfWork}), the routing of counties to databases where one server is not enough
 * ({@link org.grid.adapters.jdbc.CountyShards}), and the adapter's exceptions ({@link
 * org.grid.adapters.jdbc.JdbcAdapterException}, {@link org.grid.adapters.jdbc.RowMappingException}).
 *
 * <p><b>Internal, not API</b>, public only because the subpackages share them, and free to change in any release:
 * the dialect differences in one place ({@link org.grid.adapters.jdbc.Dialect}, and {@code
 * JdbcUnitOfWork.dialect()}), the mapping helpers {@link org.grid.adapters.jdbc.Sql}, {@link
 * org.grid.adapters.jdbc.TableColumns} (a table's columns said once, the statements generated from them) and
 * {@link org.grid.adapters.jdbc.RowReader} (reads a row by column name, naming table, row and column on a
 * refusal), and the optimistic locking of {@link org.grid.adapters.jdbc.VersionedRows}.
 */
package org.grid.adapters.jdbc;
