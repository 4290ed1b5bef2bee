/**
 * grid's REST API (接口) in a Spring MVC application: {@link org.grid.spring.boot.web.GridWebAutoConfiguration}
 * publishes the requests and plans endpoints over grid's use cases, with
 * {@link org.grid.spring.boot.web.GridWebProperties} under the prefix {@code grid.web.}. Authentication is the
 * application's (Spring Security); the {@link org.grid.spring.boot.web.GridPersonResolver} turns the caller into
 * a person, and every decision about what that person may do is the engine's. docs/rest-api.md describes the
 * endpoints, headers, status codes and problem types.
 */
package org.grid.spring.boot.web;
