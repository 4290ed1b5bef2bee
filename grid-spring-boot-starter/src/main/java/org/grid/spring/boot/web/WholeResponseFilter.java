package org.grid.spring.boot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends each answer of grid's API whole, with its length, in one write when it fits the server's response buffer:
 * the explicit flushes of a handler are left to the end of the request. Spring MVC flushes after writing every
 * {@code ResponseEntity}, which commits the response before it is complete, so the server can no longer say its
 * length: it answered {@code Transfer-Encoding: chunked} and wrote twice, the headers with the body and then the
 * last chunk. The server still flushes on its own when an answer outgrows its buffer (a long list), and at the end
 * of the request. Only grid's API paths are wrapped, never a stream of server-sent events, whose flushes are the
 * point.
 */
final class WholeResponseFilter extends OncePerRequestFilter {

  WholeResponseFilter() {}

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new Deferred(response));
  }

  /** The response with its flushes deferred to the server's end of the request. */
  private static final class Deferred extends HttpServletResponseWrapper {
    private ServletOutputStream stream;

    Deferred(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void flushBuffer() {
      // The server flushes when the request ends; flushing now would commit an incomplete answer.
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        ServletOutputStream out = super.getOutputStream();
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) throws IOException {
            out.write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
          }

          @Override
          public void flush() {
            // As flushBuffer: the server flushes when the buffer is full or the request ends.
          }

          @Override
          public void close() throws IOException {
            out.close();
          }

          @Override
          public boolean isReady() {
            return out.isReady();
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
          }
        };
      }
      return stream;
    }
  }
}
