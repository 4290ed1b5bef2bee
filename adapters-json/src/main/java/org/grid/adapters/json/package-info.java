/**
 * The JSON adapter: reads and writes grid's interchange formats ({@code docs/formats.md}) with Jackson, so that
 * the domain model knows nothing of JSON. This package holds the one reading framework every reader shares: the
 * calling style ({@link org.grid.adapters.json.JsonReader}: {@code create(...)}, then {@code read(Path)} or
 * {@code read(InputStream, String source)}), strict parsing and problem collection ({@link
 * org.grid.adapters.json.JsonInput}: duplicate keys, trailing content and unknown fields refused), and the one
 * exception for bad input ({@link org.grid.adapters.json.JsonInputException}, listing every {@link
 * org.grid.adapters.json.JsonProblem} with its JSON path). The readers and writers live in sub-packages per area,
 * as in the other adapters: {@code jurisdiction}, {@code partition}, {@code team}, {@code duty},
 * {@code assessment} and {@code escalation}.
 *
 * <p><b>API</b> (docs/api.md): {@link org.grid.adapters.json.JsonReader}, {@link
 * org.grid.adapters.json.JsonInputException}, {@link org.grid.adapters.json.JsonProblem} and {@link
 * org.grid.adapters.json.InputLimits}. <b>Internal, not API</b>, public only because the area packages share it:
 * {@link org.grid.adapters.json.JsonInput}.
 */
package org.grid.adapters.json;
