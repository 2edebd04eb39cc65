package org.riskcycle.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over 1 MB on the domain API with 413: at once when its length is declared, or as soon as
 * that much has been read of a body sent in chunks. Nothing of such a request is processed.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

  static final long MAX_BYTES = 1024 * 1024;

  private final ObjectMapper json;

  RequestBodyLimit(ObjectMapper json) {
    this.json = json;
  }

  static ProblemDetail problem() {
    return ProblemType.PAYLOAD_TOO_LARGE.detail("The request body is larger than 1 MB (" + MAX_BYTES + " bytes)");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      ProblemDetail problem = problem();
      response.setStatus(problem.getStatus());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
      return;
    }
    chain.doFilter(new Limited(request), response);
  }

  /** A body read past the limit. */
  static class TooLarge extends IOException {

    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("The request body is larger than " + MAX_BYTES + " bytes");
    }
  }

  /** The request with a body that stops at the limit. */
  private static class Limited extends HttpServletRequestWrapper {

    private ServletInputStream limited;

    Limited(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        ServletInputStream body = super.getInputStream();
        limited = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int next = body.read();
            if (next >= 0 && ++read > MAX_BYTES) {
              throw new TooLarge();
            }
            return next;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = body.read(buffer, offset, length);
            if (count > 0 && (read += count) > MAX_BYTES) {
              throw new TooLarge();
            }
            return count;
          }

          @Override
          public boolean isFinished() {
            return body.isFinished();
          }

          @Override
          public boolean isReady() {
            return body.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
          }
        };
      }
      return limited;
    }
  }
}
