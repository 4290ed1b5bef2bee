/**
 * The Open311 GeoReport v2 façade (Open311 接口) over grid's request engine: the service list from the county's
 * routing table, reports posted by citizens' apps, and the public status of requests, in the spec's JSON and XML
 * (docs/open311.md).
 */
package org.grid.spring.boot.open311;
