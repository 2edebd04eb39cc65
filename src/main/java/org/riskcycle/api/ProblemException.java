package org.riskcycle.api;

import org.springframework.web.ErrorResponseException;

/** A request the API refuses, answered as the problem it carries. */
public class ProblemException extends ErrorResponseException {

  public ProblemException(ProblemType type, String detail) {
    super(type.status(), type.detail(detail), null);
  }

  public static ProblemException notFound(String what, String id) {
    return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id '" + id + "'");
  }
}
