package org.grid.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GridWebPropertiesTest {

  @ParameterizedTest
  @ValueSource(strings = {"/grid/api", "/api", "/g-1/v1.0/x_y~z"})
  void a_path_of_plain_segments_is_taken(String path) {
    GridWebProperties properties = new GridWebProperties();
    properties.setBasePath(path);
    assertThatCode(properties::check).doesNotThrowAnyException();
  }

  /**
   * A pattern character would be literal in the body limit's filter mapping and a wildcard in the endpoints'
   * mappings, so the endpoints would lie outside the limit; each is refused at the start, naming the property.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/g/{x}", "/grid/*", "/grid/**", "/**", "grid/api", "/grid/api/", "/grid//api", "/grid/../x",
      "/grid/./x", "/", "", "/grid api", "/grid%2Fapi", "/grid;x", "/网格"})
  void a_path_with_a_pattern_an_empty_or_a_dot_segment_or_another_character_is_refused(String path) {
    GridWebProperties properties = new GridWebProperties();
    properties.setBasePath(path);
    assertThatThrownBy(properties::check)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("grid.web.base-path must be a path of segments");
  }

  @Test
  void a_missing_or_very_long_path_is_refused_without_repeating_it() {
    GridWebProperties properties = new GridWebProperties();
    properties.setBasePath(null);
    assertThatThrownBy(properties::check).hasMessageEndingWith("was null");
    properties.setBasePath("/" + "a".repeat(300));
    assertThatThrownBy(properties::check).hasMessageEndingWith("was a text of 301 characters");
  }
}
