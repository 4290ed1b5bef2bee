package org.grid.examples.cli;

/** The output format of a command: text tables (the default) or a JSON document. */
public enum OutputFormat {
  /** Text tables (the default). */
  TEXT,
  /** A JSON document. */
  JSON
}
