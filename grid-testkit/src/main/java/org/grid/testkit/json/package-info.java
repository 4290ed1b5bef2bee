/**
 * JSON Schema checks for tests: {@link org.grid.testkit.json.JsonSchemas} holds a JSON document to a schema file
 * (grid's own are under {@code docs/schemas/}) and a schema file to its meta-schema, with networknt's
 * json-schema-validator, and returns the problems as readable lines with JSON paths.
 */
package org.grid.testkit.json;
