package org.grid.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The configuration metadata that spring-boot-configuration-processor writes from the Javadoc of GridProperties and
 * GridWebProperties.
 */
class ConfigurationMetadataTest {

  private static JsonNode metadata() throws IOException {
    try (InputStream in = GridProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("META-INF/spring-configuration-metadata.json in the starter's jar").isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void everyPropertyHasADescription() throws IOException {
    List<String> undescribed = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    for (JsonNode property : metadata().get("properties")) {
      String name = property.get("name").asText();
      names.add(name);
      JsonNode description = property.get("description");
      if (description == null || description.asText().isBlank()) {
        undescribed.add(name);
      }
    }
    assertThat(undescribed).as("properties without a description (write the field's Javadoc)").isEmpty();
    assertThat(names).allMatch(n -> n.startsWith("grid."));
    assertThat(names).contains("grid.enabled", "grid.county", "grid.zone", "grid.schema.migrate",
        "grid.sweep.enabled", "grid.sweep.interval", "grid.relay.enabled", "grid.relay.interval",
        "grid.relay.batch-size", "grid.health.enabled", "grid.metrics.enabled", "grid.web.enabled",
        "grid.web.base-path", "grid.web.max-body-size");
  }

  @Test
  void everySetterOfThePropertiesIsInTheMetadata() throws IOException {
    Set<String> names = new TreeSet<>();
    metadata().get("properties").forEach(p -> names.add(p.get("name").asText()));
    Set<String> expected = new TreeSet<>();
    collect("grid.", GridProperties.class, expected);
    collect("grid.web.", org.grid.spring.boot.web.GridWebProperties.class, expected);
    assertThat(names).isEqualTo(expected);
  }

  private static void collect(String prefix, Class<?> type, Set<String> into) {
    for (var method : type.getDeclaredMethods()) {
      if (!java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
        continue;
      }
      String name = method.getName();
      if (name.startsWith("set") && method.getParameterCount() == 1) {
        into.add(prefix + kebab(name.substring(3)));
      } else if (name.startsWith("get") && method.getParameterCount() == 0
          && method.getReturnType().getEnclosingClass() == GridProperties.class) {
        collect(prefix + kebab(name.substring(3)) + ".", method.getReturnType(), into);
      }
    }
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
