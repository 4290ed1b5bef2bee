/** jqwik arbitraries for duties: household registers with care tags and duty logs naming a generated township. */
package org.grid.testkit.duty;
