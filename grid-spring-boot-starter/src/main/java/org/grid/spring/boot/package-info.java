/**
 * grid in a Spring Boot application (Spring Boot 启动器): {@link org.grid.spring.boot.GridAutoConfiguration} wires
 * the JDBC adapters and the application services over the application's {@code DataSource}, with
 * {@link org.grid.spring.boot.GridProperties} under the prefix {@code grid.}. docs/spring-boot.md describes what
 * it wires, every property, how to turn parts off and how to replace a bean.
 */
package org.grid.spring.boot;
