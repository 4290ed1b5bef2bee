package org.grid.spring.boot.web;

import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON converter of grid's API bodies ({@link GridJson}), ahead of the application's own: Jackson 3 (Spring
 * Boot 4's JSON library; grid's file formats in adapters-json are Jackson 2, and nothing here shares their
 * classes) with a mapper of grid's own, so that the application's {@code spring.jackson.*} settings (a naming
 * strategy, say) do not change the API's documented shapes. Input is strict: an unknown field, a duplicate key, a
 * number where text is due (or text where a number is), trailing content and nesting deeper than 32 levels are all
 * refused, each as a 400 naming the JSON path. Instants are written as ISO 8601 text.
 */
final class GridJsonConverter extends JacksonJsonHttpMessageConverter {

  /** What the reader takes: nesting to 32 levels, Jackson's defaults otherwise (numbers of 1,000 characters, ...). */
  static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder().maxNestingDepth(32).build();

  GridJsonConverter() {
    super(JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .withCoercionConfig(LogicalType.Textual, text -> text
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build());
  }

  @Override
  public boolean canRead(ResolvableType type, MediaType mediaType) {
    return GridJson.class.isAssignableFrom(type.toClass()) && super.canRead(type, mediaType);
  }

  @Override
  public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
    return GridJson.class.isAssignableFrom(valueClass) && super.canWrite(type, valueClass, mediaType);
  }

  @Override
  public boolean canRead(Class<?> clazz, MediaType mediaType) {
    return GridJson.class.isAssignableFrom(clazz) && super.canRead(clazz, mediaType);
  }

  @Override
  public boolean canWrite(Class<?> clazz, MediaType mediaType) {
    return GridJson.class.isAssignableFrom(clazz) && super.canWrite(clazz, mediaType);
  }
}
