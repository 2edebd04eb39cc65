package org.riskcycle.api;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.riskcycle.api.ProblemException.FieldProblem;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Engine work an endpoint does as its caller, so that the engine's authorizations and the cycles' checks apply as they
 * do in Tasklist: a refusal of the caller's input becomes 400 with each field at fault, a missing authorization 403.
 */
@Component
public class EngineCaller {

  private final IdentityService identityService;

  EngineCaller(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * @param invalid the problem's detail when the engine refuses the input
   * @param forbidden the problem's detail when the caller lacks the authorization
   */
  public <T> T run(Authentication caller, String invalid, String forbidden, Supplier<T> work) {
    List<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    identityService.setAuthentication(caller.getName(), groups);
    try {
      return work.get();
    } catch (AuthorizationException e) {
      throw new ProblemException(ProblemType.FORBIDDEN, forbidden);
    } catch (ProcessEngineException e) {
      throw refusal(e, invalid);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The engine's refusal of the input, each problem ("field problem") named by its field; else not the caller's. */
  private static RuntimeException refusal(ProcessEngineException e, String invalid) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException) {
        return new ProblemException(ProblemType.FORBIDDEN, cause.getMessage());
      }
      if (cause instanceof FormFieldValidationException refused && refused.getDetail() instanceof List<?> problems) {
        return ProblemException.invalid(invalid, problems.stream()
            .map(String::valueOf)
            .map(problem -> new FieldProblem(problem.substring(0, Math.max(0, problem.indexOf(' '))),
                problem.substring(problem.indexOf(' ') + 1)))
            .toList());
      }
    }
    return e;
  }
}
