package org.grid.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;

/** {@code grid.web.enabled} is read as the property binder reads a boolean, and anything else is refused. */
class GridWebSwitchTest {

  @Test
  void theApiIsTurnedOffByAnyWordTheBinderReadsAsFalseAndOnByOne() {
    try (AnnotationConfigServletWebApplicationContext context = ApiTestApplication.start("grid.web.enabled=off")) {
      assertThat(context.getBeanNamesForType(GridRequestController.class)).isEmpty();
    }
    try (AnnotationConfigServletWebApplicationContext context = ApiTestApplication.start("grid.web.enabled=on")) {
      assertThat(context.getBeanNamesForType(GridRequestController.class)).hasSize(1);
    }
  }

  @Test
  void aValueThatIsNoBooleanIsRefusedNamingTheProperty() {
    assertThatThrownBy(() -> ApiTestApplication.start("grid.web.enabled=maybe"))
        .hasStackTraceContaining("grid.web.enabled must be true or false, was 'maybe'");
  }
}
