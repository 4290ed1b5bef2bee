/** jqwik arbitraries for grid-assessment: evidence logs, rule sets and party members. */
package org.grid.testkit.assessment;
