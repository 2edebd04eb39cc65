package org.riskcycle.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The stable {@code type} of every problem the domain API answers with. Clients branch on the type, never on the
 * human-readable title or detail.
 */
public enum ProblemType {
  UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Authentication required"),
  FORBIDDEN(HttpStatus.FORBIDDEN, "Not permitted"),
  NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
  INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid request"),
  CONFLICT(HttpStatus.CONFLICT, "Conflict with the current state"),
  IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency key reused with another request"),
  METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
  NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
  UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
  PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large"),
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

  private final HttpStatus status;
  private final String title;

  ProblemType(HttpStatus status, String title) {
    this.status = status;
    this.title = title;
  }

  public URI uri() {
    return URI.create("urn:riskcycle:problem:" + name().toLowerCase().replace('_', '-'));
  }

  public HttpStatus status() {
    return status;
  }

  public ProblemDetail detail(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(uri());
    problem.setTitle(title);
    return problem;
  }
}
