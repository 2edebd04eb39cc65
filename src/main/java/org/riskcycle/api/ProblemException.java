package org.riskcycle.api;

import java.util.List;
import org.springframework.web.ErrorResponseException;

/** A request the API refuses, answered as the problem it carries. */
public class ProblemException extends ErrorResponseException {

  public ProblemException(ProblemType type, String detail) {
    super(type.status(), type.detail(detail), null);
  }

  /** A request refused for the values of its fields, each named with what is wrong with it. */
  public static ProblemException invalid(String detail, List<FieldProblem> errors) {
    ProblemException problem = new ProblemException(ProblemType.INVALID_REQUEST, detail);
    problem.getBody().setProperty("errors", errors);
    return problem;
  }

  /** What is wrong with one field of a request. */
  public record FieldProblem(String field, String message) {
  }

  public static ProblemException notFound(String what, String id) {
    return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id '" + id + "'");
  }
}
