/**
 * The in-memory unit of work and the helpers shared by the in-memory adapters of the area packages below.
 *
 * <p><b>API</b> (docs/api.md): {@link org.grid.adapters.inmemory.InMemoryUnitOfWork}. <b>Internal, not API</b>,
 * public only because the area packages share it, and free to change in any release: {@link
 * org.grid.adapters.inmemory.VersionedEntries}.
 */
package org.grid.adapters.inmemory;
