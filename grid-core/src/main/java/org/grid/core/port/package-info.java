/**
 * The ports of grid-core: {@code port.in}, the use cases and their commands; {@code port.out}, what the use cases
 * need from an adapter; and, in this package, what the commands of every domain module share: the constraint
 * {@link org.grid.core.port.PlainText} on free text.
 */
package org.grid.core.port;
