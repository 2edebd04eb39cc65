package org.riskcycle.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
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
    context.register(new AlreadyCompleted());
  }

  /**
   * The engine's own refusals of a client's variables, by their stable message codes: a Java-serialized value, which
   * RiskCycle prohibits ({@code java-serialization-format-enabled: false}).
   */
  private static final List<String> CLIENT_ERROR_CODES = List.of("ENGINE-17007");

  static Throwable refusal(Throwable exception) {
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException || cause instanceof AuthorizationException
          || cause instanceof OptimisticLockingException
          || cause instanceof ProcessEngineException && cause.getMessage() != null
          && CLIENT_ERROR_CODES.stream().anyMatch(cause.getMessage()::startsWith)) {
        return cause;
      }
    }
    return null;
  }

  static Response answer(Throwable exception) {
    Throwable refusal = refusal(exception);
    if (refusal instanceof OptimisticLockingException) {
      return answer(409, "OptimisticLockingException", "Someone else changed the same task or process at the same"
          + " time; reload it and try again");
    }
    return answer(refusal instanceof AuthorizationException ? 403 : 400, refusal.getClass().getSimpleName(),
        refusal.getMessage());
  }

  static Response answer(int status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /**
   * A refusal wrapped by the REST API itself, as when completing a task; or the completion of a task that is not
   * open, which the REST API would answer 500 ("task is null"): 409 if it was completed, 404 if it never existed.
   */
  @Priority(1)
  static class WrappedInRestException implements ExtendedExceptionMapper<RestException> {

    @Context
    private UriInfo uri;

    @Override
    public boolean isMappable(RestException exception) {
      return refusal(exception) != null
          || exception.getCause() instanceof NullValueException && AlreadyCompleted.taskIdOfAction(uri) != null;
    }

    @Override
    public Response toResponse(RestException exception) {
      if (refusal(exception) != null) {
        return answer(exception);
      }
      return AlreadyCompleted.finished(uri) != null ? AlreadyCompleted.answer(uri)
          : EngineRestRefusals.answer(404, "TaskNotFound", "There is no open task with the id "
              + AlreadyCompleted.taskIdOfAction(uri));
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

  /**
   * Work on a task that was completed or cancelled in the meantime: the engine answers 403 (no right on a task that
   * is gone) or 404; the user is told which, with 409, as the loser of two completions at once is.
   */
  @Priority(1)
  static class AlreadyCompleted implements ExtendedExceptionMapper<ProcessEngineException> {

    private static final Set<String> TASK_ACTIONS = Set.of("complete", "submit-form", "claim", "resolve");
    private static final String COMPLETED = "completed";

    @Context
    private UriInfo uri;

    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return (exception instanceof AuthorizationException || exception instanceof NullValueException)
          && finished(uri) != null;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(uri);
    }

    static Response answer(UriInfo uri) {
      HistoricTaskInstance task = finished(uri);
      String when = " (at " + task.getEndTime().toInstant() + "); reload your task list";
      return COMPLETED.equals(task.getDeleteReason())
          ? EngineRestRefusals.answer(409, "TaskAlreadyCompleted", "This task was already completed" + when)
          : EngineRestRefusals.answer(409, "TaskCancelled", "This task was cancelled because its process moved on,"
              + " for instance on new information" + when);
    }

    /** The task the request acts on, if it names one that has ended, completed or cancelled. */
    static HistoricTaskInstance finished(UriInfo uri) {
      return finished(taskIdOfAction(uri));
    }

    static String taskIdOfAction(UriInfo uri) {
      List<String> segments = uri.getPathSegments().stream().map(PathSegment::getPath).toList();
      int task = segments.lastIndexOf("task");
      return task >= 0 && task + 2 < segments.size() && TASK_ACTIONS.contains(segments.get(task + 2))
          ? segments.get(task + 1) : null;
    }

    private static HistoricTaskInstance finished(String taskId) {
      if (taskId == null) {
        return null;
      }
      ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      // the caller has no right on a task that is gone, nor, as a rule, on history: the check is the engine's own
      return configuration.getCommandExecutorTxRequired().execute(command ->
          command.runWithoutAuthorization(() -> engine.getHistoryService().createHistoricTaskInstanceQuery()
              .taskId(taskId).finished().singleResult()));
    }
  }
}
