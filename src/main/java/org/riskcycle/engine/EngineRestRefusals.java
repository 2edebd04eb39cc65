package org.riskcycle.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Answers {@code /engine-rest} calls that a task listener refused as the client errors they are. The engine wraps
 * every exception a task listener throws, and the REST API answers a wrapped one with 500; a completion refused for
 * its variables ({@link FormFieldValidationException}) becomes 400 and one refused by a rule such as separation of
 * duties ({@link AuthorizationException}) 403, with the listener's own message, in the engine REST API's error format.
 * A variable the engine itself refuses (a Java-serialized object) is 400 too.
 *
 * <p>Jersey applies it to each of its applications, listed in
 * {@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}: {@code /engine-rest} and the
 * webapps' own engine API ({@code /camunda/api/engine}), which Tasklist submits its forms to.
 */
public class EngineRestRefusals implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    context.register(new WrappedInRestException());
    context.register(new WrappedInEngineException());
  }

  /**
   * The engine's own refusals of a client's variables, by their stable message codes: a Java-serialized value, which
   * RiskCycle prohibits ({@code java-serialization-format-enabled: false}).
   */
  private static final List<String> CLIENT_ERROR_CODES = List.of("ENGINE-17007");

  static Throwable refusal(Throwable exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException || cause instanceof AuthorizationException
          || cause instanceof ProcessEngineException && cause.getMessage() != null
          && CLIENT_ERROR_CODES.stream().anyMatch(cause.getMessage()::startsWith)) {
        return cause;
      }
    }
    return null;
  }

  static Response answer(Throwable exception) {
    Throwable refusal = refusal(exception);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", refusal.getClass().getSimpleName());
    body.put("message", refusal.getMessage());
    int status = refusal instanceof AuthorizationException ? 403 : 400;
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** A refusal wrapped by the REST API itself, as when completing a task. */
  @Priority(1)
  static class WrappedInRestException implements ExtendedExceptionMapper<RestException> {

    @Override
    public boolean isMappable(RestException exception) {
      return refusal(exception) != null;
    }

    @Override
    public Response toResponse(RestException exception) {
      return answer(exception);
    }
  }

  /** A refusal wrapped only by the engine, as when claiming a task. */
  @Priority(1)
  static class WrappedInEngineException implements ExtendedExceptionMapper<ProcessEngineException> {

    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return !(exception instanceof AuthorizationException) && refusal(exception) != null;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception);
    }
  }
}
