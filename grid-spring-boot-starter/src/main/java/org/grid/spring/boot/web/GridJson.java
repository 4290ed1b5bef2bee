package org.grid.spring.boot.web;

/**
 * The bodies the REST API reads and writes. Only these go through grid's own JSON mapper ({@link
 * GridJsonConverter}): strict on input (no unknown fields, no coercion of types, no duplicate keys) and unmoved by
 * the application's Jackson settings, so that the API's shapes are the documented ones in every application.
 */
interface GridJson {}
