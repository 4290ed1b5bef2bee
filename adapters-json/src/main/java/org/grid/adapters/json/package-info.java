/**
 * The JSON adapter: reads and writes grid's interchange formats ({@code docs/formats.md}) with Jackson, so that
 * the domain model knows nothing of JSON. Readers report bad input as one {@link
 * org.grid.adapters.json.JsonInputException} listing every problem with its JSON path.
 */
package org.grid.adapters.json;
