package org.grid.spring.boot.open311;

import static java.util.Objects.requireNonNull;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.grid.spring.boot.open311.Open311Writer.Format;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The façade's HTTP resources under {@code grid.open311.base-path}: {@code services}, {@code requests} and {@code
 * requests/{id}}, each with the format as its suffix ({@code .json} or {@code .xml}). The arguments are the query's
 * and, for the POST, the form body's ({@code application/x-www-form-urlencoded}). Every answer, errors included, is
 * written in the format asked for; an unknown suffix is answered in XML, the spec's required format.
 */
@Controller
@RequestMapping("${grid.open311.base-path:/open311/v2}")
final class Open311Controller {

  private static final Logger LOG = LoggerFactory.getLogger(Open311Controller.class);

  private final Open311Facade facade;
  private final Open311Writer writer = new Open311Writer();

  Open311Controller(Open311Facade facade) {
    this.facade = requireNonNull(facade, "facade");
  }

  @GetMapping("/services.{format}")
  ResponseEntity<byte[]> services(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
    return answer(format, "services", "service", () -> facade.services(params));
  }

  @PostMapping("/requests.{format}")
  ResponseEntity<byte[]> report(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
    return answer(format, "service_requests", "request", () -> facade.report(params));
  }

  @GetMapping("/requests.{format}")
  ResponseEntity<byte[]> requests(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
    return answer(format, "service_requests", "request", () -> facade.requests(params));
  }

  @GetMapping("/requests/{id}.{format}")
  ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String format,
      @RequestParam MultiValueMap<String, String> params) {
    return answer(format, "service_requests", "request", () -> facade.request(id, params));
  }

  private ResponseEntity<byte[]> answer(String suffix, String root, String item,
      Supplier<List<Map<String, Object>>> work) {
    Format format = Format.of(suffix);
    if (format == null) {
      return error(Format.XML, new Open311Exception(404, "the format must be .xml or .json"));
    }
    try {
      return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, format.contentType)
          .body(writer.write(format, root, item, work.get()));
    } catch (Open311Exception e) {
      return error(format, e);
    } catch (RuntimeException e) {
      LOG.error("Open311 {} failed", root, e);
      return error(format, new Open311Exception(500, "the request could not be processed; try again later"));
    }
  }

  /**
   * The arguments could not be read, before the resource's work began (a form body or query whose percent-encoding
   * is broken, or with more arguments or bytes than the server reads, which the server refuses when the parameters
   * are first read; every other failure is {@link #answer}'s to catch): a 400 in the spec's shape and the format of
   * the path, whose description names the three causes, since the server's exception tells them apart only in its
   * message. That message quotes the argument's value, which may be personal data (a phone number, an email address,
   * the description), so neither the answer nor the log repeats it.
   */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<byte[]> unreadable(HttpServletRequest request, RuntimeException e) {
    LOG.warn("Open311 arguments could not be read ({})", e.getClass().getName());
    Format format = request.getRequestURI().endsWith(".json") ? Format.JSON : Format.XML;
    return error(format, Open311Exception.badRequest(
        "the arguments could not be read: too many, too large, or not percent-encoded in UTF-8"));
  }

  private ResponseEntity<byte[]> error(Format format, Open311Exception e) {
    List<Map<String, Object>> errors = new ArrayList<>();
    for (Open311Exception.Problem problem : e.problems()) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("code", problem.code());
      error.put("description", problem.description());
      errors.add(error);
    }
    return ResponseEntity.status(e.status()).header(HttpHeaders.CONTENT_TYPE, format.contentType)
        .body(writer.write(format, "errors", "error", errors));
  }
}
