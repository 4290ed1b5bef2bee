package org.grid.examples.cli;

/** The format of a command's output, chosen with {@code --format}: text for people (the default) or JSON. */
public enum OutputFormat {
  /** Text for people to read; the default. */
  TEXT,
  /** One JSON document for programs; each command documents its schema. */
  JSON
}
