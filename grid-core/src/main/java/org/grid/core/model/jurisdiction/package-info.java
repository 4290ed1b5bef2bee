/**
 * Jurisdictions (section 1 of the rulebook): county (县), township (乡/镇), administrative village (行政村), unit
 * (村民小组 / 自然村) and household (户), with their ids, household counts, optional coordinates and tags, and the
 * unit adjacency graph from which village adjacency is derived.
 *
 * <p>Every type here is immutable and checks itself on construction; nothing here knows of files, JSON or
 * databases. A {@link org.grid.core.model.jurisdiction.Township} is the aggregate that partitioning works on.
 */
package org.grid.core.model.jurisdiction;
