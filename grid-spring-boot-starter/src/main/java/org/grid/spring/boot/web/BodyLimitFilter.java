package org.grid.spring.boot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code grid.web.max-body-size} on grid's API paths, with 413 and a problem:
 * at once when the declared length is larger, and as soon as a body without a declared length (chunked) passes the
 * limit while it is read ({@link BodyTooLarge}, which {@link GridProblemHandler} answers). No more than the limit
 * is ever read into memory. A body whose declared length is within the limit passes unwrapped: the server delivers
 * no more than the declared length, so there is nothing to count, and every later read of the request (each header
 * Spring MVC's handler mapping looks at, for instance) goes through one wrapper fewer.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;

  BodyLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Thrown by the stream when the body passes the limit. */
  static final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge(long maxBytes) {
      super("the request body is larger than " + maxBytes + " bytes");
    }
  }

  static String problem(long maxBytes) {
    return "{\"type\":\"" + ApiProblem.TYPE_PREFIX + "body-too-large\",\"title\":\"The body is too large\","
        + "\"status\":413,\"detail\":\"the request body is larger than " + maxBytes + " bytes "
        + "(grid.web.max-body-size)\"}";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      response.setStatus(413);
      response.setContentType("application/problem+json");
      response.setHeader("Connection", "close");
      response.getOutputStream().write(problem(maxBytes).getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, maxBytes) : request, response);
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > maxBytes) {
              throw new BodyTooLarge(maxBytes);
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }
  }
}
