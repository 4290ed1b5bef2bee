package org.grid.core.model.team;

/** The level of a service team (网格服务团队): the three levels of section 3 of the rulebook. */
public enum TeamLevel {
  /** A village grid team (行政村网格服务团队): serves one responsibility grid of one village. */
  VILLAGE_GRID,
  /** A district grid team (片区网格服务团队): serves one district grid (片区) of adjacent village grids. */
  DISTRICT_GRID,
  /** The township grid team (乡网格服务团队): the township's specialised centres. */
  TOWNSHIP_GRID
}
