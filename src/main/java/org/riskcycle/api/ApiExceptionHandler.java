package org.riskcycle.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a domain API call into an RFC 9457 problem with a stable type. Unexpected failures are
 * logged with their stack trace and answered with a generic 500 that reveals nothing of the implementation. It
 * advises every Spring MVC handler, because a wrong method, media type or path fails before any handler is chosen.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail onTypeMismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail problem = ProblemType.INVALID_REQUEST.detail(
        "Parameter '" + e.getName() + "' has an invalid value");
    problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", "invalid value")));
    return problem;
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ProblemDetail onConcurrentChange(OptimisticLockingException e) {
    return ProblemType.CONFLICT.detail("Someone else changed the same process at the same time; try again");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail onUnexpected(Exception e) {
    log.error("Unexpected failure of an API request", e);
    return ProblemType.INTERNAL_ERROR.detail("The request could not be completed; the failure has been logged.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestBodyLimit.TooLarge) {
        ProblemDetail tooLarge = RequestBodyLimit.problem();
        return ResponseEntity.status(tooLarge.getStatus()).body(tooLarge);
      }
    }
    ProblemDetail problem = ProblemType.INVALID_REQUEST.detail("The request has invalid fields");
    problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
        .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
        .toList());
    return handleExceptionInternal(e, problem, headers, status, request);
  }

  /** A body that is not JSON, or a value of the wrong type (an unknown code, a malformed date), names its field. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestBodyLimit.TooLarge) {
        ProblemDetail tooLarge = RequestBodyLimit.problem();
        return ResponseEntity.status(tooLarge.getStatus()).body(tooLarge);
      }
    }
    ProblemDetail problem = ProblemType.INVALID_REQUEST.detail("The request body is not valid JSON of the expected"
        + " shape");
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex()
              + "]")
          .reduce((path, next) -> next.startsWith("[") ? path + next : path + "." + next).orElse("");
      String message = mapping instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()
          ? "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants())
          : "has a value of the wrong type or format";
      problem.setDetail("The request has invalid fields");
      problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
    }
    return handleExceptionInternal(e, problem, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (body == null && e instanceof ErrorResponse response) {
      // Spring's own exceptions (wrong method, media type, path) carry their problem rather than pass it here
      body = response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
    }
    if (body instanceof ProblemDetail problem && isDefaultType(problem)) {
      typeFor(status).ifPresent(type -> problem.setType(type.uri()));
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  private static boolean isDefaultType(ProblemDetail problem) {
    return problem.getType() == null || "about:blank".equals(problem.getType().toString());
  }

  private static Optional<ProblemType> typeFor(HttpStatusCode status) {
    return Arrays.stream(ProblemType.values()).filter(type -> type.status().value() == status.value()).findFirst();
  }
}
