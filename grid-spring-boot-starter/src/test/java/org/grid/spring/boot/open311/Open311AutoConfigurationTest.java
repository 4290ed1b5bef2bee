package org.grid.spring.boot.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.grid.spring.boot.GridAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** When the façade is there, where it is served, and what stops it from starting. */
class Open311AutoConfigurationTest {

  @Test
  void aNonWebApplicationHasNoFacade() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
            GridAutoConfiguration.class, Open311AutoConfiguration.class))
        .withUserConfiguration(Open311Fixture.Application.class)
        .withPropertyValues("grid.sweep.initial-delay=1h")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Open311Controller.class)
            .doesNotHaveBean(GeoLocator.class));
  }

  @Test
  void theFacadeCanBeTurnedOff() {
    try (AnnotationConfigServletWebApplicationContext context =
        Open311Fixture.start("grid.open311.enabled=false")) {
      assertThat(context.getBeanNamesForType(Open311Controller.class)).isEmpty();
      assertThat(context.getBeanNamesForType(GeoLocator.class)).isEmpty();
    }
  }

  /** The switch is read as the property binder reads a boolean: off turns the façade off, a non-word stops it. */
  @Test
  void theSwitchIsReadAsABooleanAndAnythingElseIsRefusedNamingIt() {
    try (AnnotationConfigServletWebApplicationContext context = Open311Fixture.start("grid.open311.enabled=off")) {
      assertThat(context.getBeanNamesForType(Open311Controller.class)).isEmpty();
    }
    try (AnnotationConfigServletWebApplicationContext context = Open311Fixture.start("grid.open311.enabled=YES")) {
      assertThat(context.getBeanNamesForType(Open311Controller.class)).hasSize(1);
    }
    assertThatThrownBy(() -> Open311Fixture.start("grid.open311.enabled=maybe"))
        .hasStackTraceContaining("grid.open311.enabled must be true or false, was 'maybe'");
  }

  @Test
  void theBasePathIsAProperty() throws Exception {
    try (AnnotationConfigServletWebApplicationContext context =
        Open311Fixture.start("grid.open311.base-path=/api/open311")) {
      MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
      assertThat(mvc.perform(get("/api/open311/services.json")).andReturn().getResponse().getStatus())
          .isEqualTo(200);
      assertThat(mvc.perform(get("/open311/v2/services.json")).andReturn().getResponse().getStatus())
          .isEqualTo(404);
    }
  }

  @Test
  void withSeveralCountiesJurisdictionIdIsRequired() throws Exception {
    try (AnnotationConfigServletWebApplicationContext context = Open311Fixture.start("grid.county=C9")) {
      MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
      org.springframework.mock.web.MockHttpServletResponse missing =
          mvc.perform(get("/open311/v2/services.json")).andReturn().getResponse();
      assertThat(missing.getStatus()).isEqualTo(400);
      assertThat(missing.getContentAsString())
          .contains("jurisdiction_id is required: this endpoint serves several counties");
      org.springframework.mock.web.MockHttpServletResponse c9 =
          mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", "C9")).andReturn().getResponse();
      assertThat(c9.getStatus()).isEqualTo(200);
      assertThat(c9.getContentAsString()).as("C9 has no routes").isEqualTo("[]");
      assertThat(mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", "C1")).andReturn()
          .getResponse().getContentAsString()).contains("\"service_code\":\"land\"");
    }
  }

  @Test
  void clientsWithoutAPseudonymKeyStopTheStart() {
    assertThatThrownBy(() -> Open311Fixture.start(false))
        .hasStackTraceContaining("grid.open311.clients are configured but grid.open311.pseudonym-key is not");
    assertThatThrownBy(() -> Open311Fixture.start("grid.open311.pseudonym-key="))
        .hasStackTraceContaining("grid.open311.pseudonym-key must have at least 16 characters");
  }

  @Test
  void aShortApiKeyStopsTheStartWithoutRepeatingIt() {
    assertThatThrownBy(() -> Open311Fixture.start("grid.open311.clients[0].api-key=short-key"))
        .hasStackTraceContaining("grid.open311.clients[0].api-key must have at least 16 characters")
        .satisfies(e -> assertThat(stackOf(e)).doesNotContain("short-key"));
    assertThatThrownBy(() -> Open311Fixture.start("grid.open311.max-distance=-5"))
        .hasStackTraceContaining("grid.open311.max-distance must be a positive number of metres");
    assertThatThrownBy(() -> Open311Fixture.start("grid.open311.base-path=open311/"))
        .hasStackTraceContaining("grid.open311.base-path must be a path of segments");
    assertThatThrownBy(() -> Open311Fixture.start("grid.open311.base-path=/open311/*"))
        .hasStackTraceContaining("grid.open311.base-path must be a path of segments");
  }

  private static String stackOf(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
