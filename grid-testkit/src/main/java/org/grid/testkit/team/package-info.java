/** jqwik arbitraries for the team model: townships cut into grids, with rosters from empty to ample. */
package org.grid.testkit.team;
