package org.grid.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletOutputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A handler's flushes leave grid's API answer uncommitted until the request ends; what it writes goes through. */
class WholeResponseFilterTest {

  private final WholeResponseFilter filter = new WholeResponseFilter();

  @Test
  void aHandlersFlushesDoNotCommitTheAnswer() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(new MockHttpServletRequest("POST", "/grid/api/requests/R1/accept"), response, (req, res) -> {
      HttpServletResponse http = (HttpServletResponse) res;
      http.setStatus(200);
      http.getOutputStream().write("{\"state\":".getBytes(StandardCharsets.UTF_8));
      http.getOutputStream().flush();
      http.getOutputStream().write('"');
      http.getOutputStream().write("ACCEPTED\"}".getBytes(StandardCharsets.UTF_8), 0, 10);
      http.flushBuffer();
      assertThat(http.isCommitted()).isFalse();
    });

    assertThat(response.isCommitted()).isFalse(); // the server commits it, with its length, when the request ends
    assertThat(response.getContentAsString()).isEqualTo("{\"state\":\"ACCEPTED\"}");
  }

  @Test
  void closingTheStreamClosesTheServers() throws Exception {
    AtomicBoolean closed = new AtomicBoolean();
    MockHttpServletResponse response = new MockHttpServletResponse();
    HttpServletResponse server = new HttpServletResponseWrapper(response) {
      @Override
      public ServletOutputStream getOutputStream() throws IOException {
        ServletOutputStream out = super.getOutputStream();
        return new DelegatingServletOutputStream(out) {
          @Override
          public void close() throws IOException {
            closed.set(true);
            super.close();
          }
        };
      }
    };

    filter.doFilter(new MockHttpServletRequest("GET", "/grid/api/requests"), server, (req, res) -> {
      res.getOutputStream().write('x');
      res.getOutputStream().close();
    });

    assertThat(response.getContentAsString()).isEqualTo("x");
    assertThat(closed).isTrue();
  }
}
