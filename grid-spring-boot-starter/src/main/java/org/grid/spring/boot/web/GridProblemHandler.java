package org.grid.spring.boot.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.grid.core.model.privacy.Masking;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Writes every refusal of grid's API as an RFC 9457 problem ({@code application/problem+json}): grid's own ({@link
 * ApiProblem}: the engine's refusals with their reason code, bad input naming where it was) and Spring MVC's
 * (unsupported media type, method not allowed, a missing body), and a body that is not the JSON asked for as a 400
 * naming its JSON path ({@code $.place.grid}) and what is wrong, never the value. Only grid's controllers are
 * advised; the application's keep their own handling.
 */
@RestControllerAdvice(assignableTypes = {GridRequestController.class, GridPlanController.class,
    GridTownshipController.class, GridAssessmentController.class, GridScoreController.class})
class GridProblemHandler extends ResponseEntityExceptionHandler {

  GridProblemHandler() {}

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> problem(ApiProblem problem) {
    return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ApiProblem problem = unreadable(ex);
    return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
  }

  /**
   * A query parameter (or path variable) that does not convert to its type, such as {@code districts=many} or a
   * number past the type's range: grid's bad input naming the parameter, as every other field's error does.
   */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
        : ex.getPropertyName();
    String where = ex instanceof MethodArgumentTypeMismatchException argument
        && argument.getParameter().hasParameterAnnotation(PathVariable.class) ? "path " : "query ";
    Class<?> type = ex.getRequiredType();
    String expected = type == int.class || type == Integer.class
        ? "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
        : type != null && type.isEnum() ? "one of " + Arrays.toString(type.getEnumConstants()) : expected(type);
    ApiProblem problem = ApiProblem.badInput(where + (name == null ? "parameter" : name), "must be " + expected);
    return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
      WebRequest request) {
    // Spring Framework 7 leaves a problem's type null where 6 said about:blank: either way it has none of its own.
    if (body instanceof ProblemDetail detail
        && (detail.getType() == null || URI.create("about:blank").equals(detail.getType()))) {
      detail.setType(URI.create(ApiProblem.TYPE_PREFIX + "http-" + statusCode.value()));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  static ApiProblem unreadable(HttpMessageNotReadableException ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof BodyLimitFilter.BodyTooLarge tooLarge) {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "The body is too large",
            tooLarge.getMessage() + " (grid.web.max-body-size)");
      }
    }
    JacksonException json = cause(ex, JacksonException.class);
    if (json == null) {
      return ApiProblem.badInput("$", "a JSON body is required");
    }
    String path = path(json.getPath());
    if (json instanceof UnrecognizedPropertyException) {
      return ApiProblem.badInput(path, "is not a field of this body");
    }
    if (json instanceof InvalidFormatException invalid && invalid.getTargetType() != null
        && invalid.getTargetType().isEnum()) {
      return ApiProblem.badInput(path, "must be one of "
          + Arrays.toString(invalid.getTargetType().getEnumConstants()));
    }
    if (json instanceof MismatchedInputException mismatched) {
      Class<?> target = mismatched.getTargetType();
      if (target != null && target.isEnum()) {
        return ApiProblem.badInput(path, "must be one of " + Arrays.toString(target.getEnumConstants()));
      }
      return ApiProblem.badInput(path, "must be " + expected(target));
    }
    if (json instanceof StreamConstraintsException limit) {
      // Raised by the parser's limits: the path is as far as the objects read so far name it, often only "$".
      return ApiProblem.badInput(path, exceeded(limit) + where(limit.getLocation()));
    }
    if (json instanceof StreamReadException read) {
      JsonParser parser = read.processor();
      if (json.getPath().isEmpty() && parser != null) {
        path = path(parser.streamReadContext().pathAsPointer());
      }
      String what = read.getOriginalMessage() != null && read.getOriginalMessage().startsWith("Duplicate ")
          ? "has a key twice" : "is not well-formed JSON";
      return ApiProblem.badInput(path, what + where(read.getLocation()));
    }
    return ApiProblem.badInput(path, "is not valid here");
  }

  /** Where in the body a reading problem lies: {@code " (line 1, column 14)"}, or nothing when it is not known. */
  private static String where(TokenStreamLocation location) {
    return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /**
   * Which of the reader's limits (Jackson's {@code StreamReadConstraints}) a body broke, in the API's words; the
   * limits themselves are the converter's ({@link GridJsonConverter}) and Jackson's defaults.
   */
  private static String exceeded(StreamConstraintsException limit) {
    String message = limit.getOriginalMessage() == null ? "" : limit.getOriginalMessage();
    StreamReadConstraints constraints = GridJsonConverter.CONSTRAINTS;
    if (message.contains("nesting depth")) {
      return "nests arrays and objects deeper than " + constraints.getMaxNestingDepth() + " levels";
    }
    if (message.startsWith("Number value length")) {
      return "has a number longer than " + constraints.getMaxNumberLength() + " characters";
    }
    if (message.startsWith("String value length")) {
      return "has a text longer than " + constraints.getMaxStringLength() + " characters";
    }
    if (message.startsWith("Name length")) {
      return "has a key longer than " + constraints.getMaxNameLength() + " characters";
    }
    return "is larger than the API reads";
  }

  private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  /** The JSON path of a reference chain: {@code $.place.grid}, {@code $.items[2]}. */
  static String path(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JacksonException.Reference r : references) {
      String name = r.getPropertyName();
      if (name != null) {
        path.append(member(name));
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The JSON path of a pointer ({@code /place/grid} becomes {@code $.place.grid}). */
  static String path(JsonPointer pointer) {
    StringBuilder path = new StringBuilder("$");
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.getMatchingIndex() >= 0) {
        path.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        path.append(member(p.getMatchingProperty()));
      }
    }
    return path.toString();
  }

  /**
   * A key of the body as a path names it ({@code .grid}, or {@code ['a key']} when it is no plain name, cut at 40
   * characters), masked as grid masks free text ({@link Masking#text}) before it is cut: a client may send anything
   * as a key, a phone or ID number too, and a key the body does not have is echoed in the problem.
   */
  private static String member(String name) {
    String masked = Masking.text(name);
    if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return "." + masked;
    }
    return "['" + (masked.length() > 40 ? masked.substring(0, 40) + "…" : masked) + "']";
  }

  private static String expected(Class<?> target) {
    if (target == null) {
      return "of another type";
    }
    if (target == String.class) {
      return "a string";
    }
    if (target == long.class || target == Long.class || target == int.class || target == Integer.class) {
      return "a whole number";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true or false";
    }
    if (target.isRecord() || GridJson.class.isAssignableFrom(target)) {
      return "an object";
    }
    if (List.class.isAssignableFrom(target)) {
      return "an array";
    }
    return "of another type";
  }
}
