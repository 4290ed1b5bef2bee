package org.grid.spring.boot.web;

import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Lets only grid's strict JSON reader ({@link GridJsonConverter}) read a body of grid's API (严格读取): Spring MVC
 * reads a body with the first converter that takes its media type, so an application with Jackson's XML module on
 * its class path (for the Open311 façade, say), or a lenient reader of {@code application/*+json}, would read such a
 * body into a command with none of the strict reading's refusals (an unknown field, a repeated one). A body another
 * converter would read is refused as one of a media type the endpoint does not take (415, a problem of type
 * {@code urn:grid:problem:http-415}), as a body no converter reads already is. Only grid's controllers are advised.
 */
@ControllerAdvice(assignableTypes = {GridRequestController.class, GridPlanController.class,
    GridTownshipController.class, GridAssessmentController.class, GridScoreController.class})
class GridJsonOnly extends RequestBodyAdviceAdapter {

  GridJsonOnly() {}

  @Override
  public boolean supports(MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return targetType instanceof Class<?> type && GridJson.class.isAssignableFrom(type)
        && !GridJsonConverter.class.isAssignableFrom(converterType);
  }

  @Override
  public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    MediaType type = input.getHeaders().getContentType();
    // The type and subtype are tokens (no quote, backslash or control character); parameters are not repeated.
    String sent = type == null ? "" : " '" + type.getType() + "/" + type.getSubtype() + "'";
    throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "http-415", "Unsupported Media Type",
        "Content-Type" + sent + " is not supported; send application/json");
  }
}
