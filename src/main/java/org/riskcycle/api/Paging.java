package org.riskcycle.api;

import java.util.ArrayList;
import java.util.List;
import org.riskcycle.api.ProblemException.FieldProblem;

/** The paging parameters every list of the API takes: pages from 0, 1 to 100 items each. */
public final class Paging {

  private Paging() {
  }

  public static void check(int page, int size, FieldProblem... others) {
    List<FieldProblem> problems = new ArrayList<>(List.of(others));
    if (page < 0) {
      problems.add(new FieldProblem("page", "must be 0 or more"));
    }
    if (size < 1 || size > 100) {
      problems.add(new FieldProblem("size", "must be 1 to 100"));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid("The request has invalid parameters", problems);
    }
  }
}
