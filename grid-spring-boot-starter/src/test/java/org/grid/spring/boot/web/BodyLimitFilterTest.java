package org.grid.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The body size limit: a declared length checked at once, a body of undeclared length counted while it is read. */
class BodyLimitFilterTest {

  private static final long LIMIT = 16;

  private final BodyLimitFilter filter = new BodyLimitFilter(LIMIT);

  private static MockHttpServletRequest declared(String body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/grid/api/requests");
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    return request;
  }

  /** A chunked body: no declared length. */
  private static MockHttpServletRequest chunked(String body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/grid/api/requests") {
      @Override
      public long getContentLengthLong() {
        return -1;
      }

      @Override
      public int getContentLength() {
        return -1;
      }
    };
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    return request;
  }

  private ServletRequest passed(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
    AtomicReference<ServletRequest> passed = new AtomicReference<>();
    filter.doFilter(request, response, (req, res) -> passed.set(req));
    return passed.get();
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedUnread() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    assertThat(passed(declared("x".repeat(17)), response)).isNull();
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    assertThat(response.getContentAsString()).contains("body-too-large").contains("larger than 16 bytes");
  }

  @Test
  void aDeclaredLengthWithinTheLimitPassesUnwrapped() throws Exception {
    MockHttpServletRequest request = declared("x".repeat(16));
    MockHttpServletResponse response = new MockHttpServletResponse();
    ServletRequest passed = passed(request, response);
    // The server delivers no more than the declared length: nothing to count, no wrapper.
    assertThat(passed).isSameAs(request);
    assertThat(response.getStatus()).isEqualTo(200);
  }

  @Test
  void aBodyOfUndeclaredLengthIsCountedWhileItIsRead() throws Exception {
    ServletRequest within = passed(chunked("x".repeat(16)), new MockHttpServletResponse());
    assertThat(within).isNotInstanceOf(MockHttpServletRequest.class);
    assertThat(within.getInputStream().readAllBytes()).hasSize(16);

    ServletRequest over = passed(chunked("x".repeat(17)), new MockHttpServletResponse());
    InputStream in = over.getInputStream();
    assertThatThrownBy(in::readAllBytes).isInstanceOf(BodyLimitFilter.BodyTooLarge.class)
        .hasMessage("the request body is larger than 16 bytes");
  }
}
