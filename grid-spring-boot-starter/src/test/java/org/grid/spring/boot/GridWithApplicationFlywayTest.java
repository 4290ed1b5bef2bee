package org.grid.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.grid.adapters.jdbc.GridSchema;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.jdbc.core.JdbcTemplate;

/** An application that migrates its own tables with Spring Boot's Flyway, in the same schema as grid's. */
class GridWithApplicationFlywayTest {

  @Test
  void theApplicationsFlywayRunsFirstAndEachKeepsItsOwnHistory() {
    GridContexts.runner()
        .withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
        .withPropertyValues("spring.flyway.locations=classpath:app/migration")
        .run(context -> {
          assertThat(context).hasNotFailed();
          // grid's migration waits for the application's, whatever order the beans were registered in
          assertThat(context.getBeanFactory().getBeanDefinition(GridAutoConfiguration.SCHEMA_INITIALIZER)
              .getDependsOn()).containsExactly(context.getBeanNamesForType(FlywayMigrationInitializer.class));
          JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
          // the application's Flyway found an empty schema (it needs no baseline) and recorded its one migration
          assertThat(jdbc.queryForList("SELECT \"type\" || ':' || COALESCE(\"version\", '-') FROM "
              + "\"flyway_schema_history\" ORDER BY \"installed_rank\"", String.class)).containsExactly("TABLE:-", "SQL:1"); // Flyway's marker of the table it created, then V1: no baseline
          assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_note", Integer.class)).isZero();
          // grid's history is its own
          assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"" + GridSchema.HISTORY_TABLE + "\"",
              Integer.class)).isGreaterThan(10);
          assertThat(context.getBean(GridSchemaInitializer.class).applied()).isGreaterThan(10);
          GridContexts.township(context);
          GridContexts.reported(context, "R1");
        });
  }
}
