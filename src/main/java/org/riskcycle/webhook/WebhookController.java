package org.riskcycle.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riskcycle.api.Page;
import org.riskcycle.api.Paging;
import org.riskcycle.api.ProblemException.FieldProblem;
import org.riskcycle.api.ProblemException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An integrator's webhook subscriptions and their delivery log; each caller sees only their own. */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
class WebhookController {

  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";

  private static final String REQUEST_EXAMPLE = """
      {"url": "https://integrator.example.gov/riskcycle/events", "events": ["step.started", "risk.decided"]}""";
  private static final String CREATED_EXAMPLE = """
      {"id": "7d3e9a41-2c6b-4f58-9e1a-0b4c8d2f6a37", "url": "https://integrator.example.gov/riskcycle/events",
       "events": ["step.started", "risk.decided"], "active": true, "createdAt": "2026-11-23T09:12:44.507Z",
       "secret": "4f9c2a7e1b8d3f6a0c5e9b2d7a4f1c8e3b6d0a9f2c5e8b1d4a7f0c3e6b9d2a5f"}""";
  private static final String SUBSCRIPTION = """
      {"id": "7d3e9a41-2c6b-4f58-9e1a-0b4c8d2f6a37", "owner": "integrator",
       "url": "https://integrator.example.gov/riskcycle/events", "events": ["step.started", "risk.decided"],
       "active": true, "createdAt": "2026-11-23T09:12:44.507Z"}""";
  private static final String LIST_EXAMPLE = """
      [{"id": "c81f0b52-6a3d-4e97-b2c4-5d8e1f7a9b06", "owner": "integrator",
        "url": "https://integrator.example.gov/riskcycle/releases", "events": ["product.released"],
        "active": true, "createdAt": "2026-11-20T14:03:18.221Z"},
      """ + SUBSCRIPTION + "]";
  private static final String DELIVERIES_EXAMPLE = """
      {"items": [
        {"id": "e4b1c7d2-9f36-4a08-8b5e-2d7c0a9f1e63", "eventId": "5a2f8c1e-7b49-4d3a-a6e0-9c1d4b7f2e85",
         "eventType": "step.started", "status": "PENDING", "attempts": 2, "createdAt": "2026-11-23T10:05:31.114Z",
         "nextAttemptAt": "2026-11-23T10:06:01.402Z",
         "attemptLog": [
           {"attempt": 1, "attemptedAt": "2026-11-23T10:05:31.187Z", "statusCode": 503,
            "error": "The receiver answered 503", "durationMillis": 212},
           {"attempt": 2, "attemptedAt": "2026-11-23T10:05:41.398Z",
            "error": "HttpTimeoutException: request timed out", "durationMillis": 10004}]},
        {"id": "9c0d3e7a-1b52-4f8c-b6a9-7e2d5f0c8a14", "eventId": "b7e4a2d9-3c61-4f05-8e1b-6a9d2c5f0e73",
         "eventType": "risk.decided", "status": "DELIVERED", "attempts": 1, "createdAt": "2026-11-23T09:47:02.635Z",
         "deliveredAt": "2026-11-23T09:47:02.781Z",
         "attemptLog": [
           {"attempt": 1, "attemptedAt": "2026-11-23T09:47:02.702Z", "statusCode": 200, "durationMillis": 79}]}],
       "page": 0, "size": 20, "totalItems": 2, "totalPages": 1}""";
  private static final String INVALID_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The subscription is invalid", "instance": "/api/v1/webhooks",
       "errors": [
         {"field": "url", "message": "must be an absolute http or https URL without user information"},
         {"field": "events[1]",
          "message": "must be one of step.started, step.completed, risk.decided, product.released"}]}""";
  private static final String PRIVATE_URL_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The subscription is invalid", "instance": "/api/v1/webhooks",
       "errors": [{"field": "url", "message": "must not point at a loopback, private or link-local address"}]}""";
  private static final String MISSING_FIELD_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The request has invalid fields", "instance": "/api/v1/webhooks",
       "errors": [{"field": "events", "message": "must not be empty"}]}""";
  private static final String INVALID_PARAMETERS_EXAMPLE = """
      {"type": "urn:riskcycle:problem:invalid-request", "title": "Invalid request", "status": 400,
       "detail": "The request has invalid parameters",
       "instance": "/api/v1/webhooks/7d3e9a41-2c6b-4f58-9e1a-0b4c8d2f6a37/deliveries",
       "errors": [{"field": "size", "message": "must be 1 to 100"}]}""";
  private static final String FORBIDDEN_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "User 'planner' is not in a role that may do this.", "instance": "/api/v1/webhooks"}""";
  private static final String SUBSCRIPTION_FORBIDDEN_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "User 'planner' is not in a role that may do this.",
       "instance": "/api/v1/webhooks/7d3e9a41-2c6b-4f58-9e1a-0b4c8d2f6a37"}""";
  private static final String DELIVERIES_FORBIDDEN_EXAMPLE = """
      {"type": "urn:riskcycle:problem:forbidden", "title": "Not permitted", "status": 403,
       "detail": "User 'planner' is not in a role that may do this.",
       "instance": "/api/v1/webhooks/7d3e9a41-2c6b-4f58-9e1a-0b4c8d2f6a37/deliveries"}""";
  private static final String NOT_FOUND_EXAMPLE = """
      {"type": "urn:riskcycle:problem:not-found", "title": "Not found", "status": 404,
       "detail": "No webhook subscription with id '2b6f9d04-8e13-4c7a-a5d2-3f0e7b1c9a68'",
       "instance": "/api/v1/webhooks/2b6f9d04-8e13-4c7a-a5d2-3f0e7b1c9a68"}""";
  private static final String DELIVERIES_NOT_FOUND_EXAMPLE = """
      {"type": "urn:riskcycle:problem:not-found", "title": "Not found", "status": 404,
       "detail": "No webhook subscription with id '2b6f9d04-8e13-4c7a-a5d2-3f0e7b1c9a68'",
       "instance": "/api/v1/webhooks/2b6f9d04-8e13-4c7a-a5d2-3f0e7b1c9a68/deliveries"}""";

  /** A page of deliveries: the shape of {@code Page<Delivery>}, named for the OpenAPI document. */
  @Schema(name = "PageDelivery")
  record DeliveryPage(List<Delivery> items, int page, int size, long totalItems, long totalPages) {
  }

  private final WebhookStore store;
  private final WebhookDestinations destinations;

  WebhookController(WebhookStore store, WebhookDestinations destinations) {
    this.store = store;
    this.destinations = destinations;
  }

  @Operation(summary = "Subscribe to events of the cycles", description = "Events: step.started, step.completed"
      + " (a user task of a cycle), risk.decided (a decision record), product.released. Each is POSTed as JSON after"
      + " its transaction commits, signed in the RiskCycle-Signature header with the secret returned here once,"
      + " and retried with backoff until the receiver answers 2xx. The URL must be http or https and, unless"
      + " private networks are allowed, point at a public address. Integrators only.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
          mediaType = JSON, schema = @Schema(implementation = SubscriptionRequest.class),
          examples = @ExampleObject(name = "subscription", value = REQUEST_EXAMPLE))),
      responses = {
          @ApiResponse(responseCode = "201", description = "Subscribed; the secret is in this answer only",
              headers = @Header(name = "Location", description = "/api/v1/webhooks/{id}",
                  schema = @Schema(type = "string")),
              content = @Content(mediaType = JSON, schema = @Schema(implementation = CreatedSubscription.class),
                  examples = @ExampleObject(name = "created", summary = "With its 64-hex-digit signing secret",
                      value = CREATED_EXAMPLE))),
          @ApiResponse(responseCode = "400", description = "Invalid fields, each named in errors: the body's shape,"
              + " a URL that may not receive webhooks, or unknown events",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = {
                      @ExampleObject(name = "refused", summary = "An ftp URL and an unknown event",
                          value = INVALID_EXAMPLE),
                      @ExampleObject(name = "private address", summary = "\"url\": \"http://10.0.0.7/events\"",
                          value = PRIVATE_URL_EXAMPLE),
                      @ExampleObject(name = "missing field", summary = "\"events\": []",
                          value = MISSING_FIELD_EXAMPLE)})),
          @ApiResponse(responseCode = "403", description = "The user is no integrator",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE)))})
  @PostMapping
  ResponseEntity<CreatedSubscription> subscribe(@Valid @RequestBody SubscriptionRequest request,
      Authentication caller) {
    List<FieldProblem> problems = new ArrayList<>();
    destinations.refusal(request.url()).ifPresent(problem -> problems.add(new FieldProblem("url", problem)));
    for (int i = 0; i < request.events().size(); i++) {
      if (WebhookEventType.ofWireName(request.events().get(i)).isEmpty()) {
        problems.add(new FieldProblem("events[" + i + "]", "must be one of step.started, step.completed,"
            + " risk.decided, product.released"));
      }
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid("The subscription is invalid", problems);
    }
    String secret = WebhookSignature.newSecret();
    Subscription subscription = store.subscribe(caller.getName(), request.url(),
        request.events().stream().distinct().toList(), secret, Instant.now());
    return ResponseEntity.created(URI.create("/api/v1/webhooks/" + subscription.id()))
        .body(CreatedSubscription.of(subscription, secret));
  }

  @Operation(summary = "List the caller's subscriptions", description = "Active subscriptions only, oldest first,"
      + " without their secrets.", responses = {
          @ApiResponse(responseCode = "200", description = "The caller's subscriptions",
              content = @Content(mediaType = JSON,
                  array = @ArraySchema(schema = @Schema(implementation = Subscription.class)),
                  examples = @ExampleObject(name = "subscriptions", value = LIST_EXAMPLE))),
          @ApiResponse(responseCode = "403", description = "The user is no integrator",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE)))})
  @GetMapping
  List<Subscription> list(Authentication caller) {
    return store.subscriptionsOf(caller.getName());
  }

  @Operation(summary = "Read one of the caller's subscriptions", description = "Without its secret. 404 for"
      + " another user's subscription, as for one that does not exist or was ended.", responses = {
          @ApiResponse(responseCode = "200", description = "The subscription",
              content = @Content(mediaType = JSON, schema = @Schema(implementation = Subscription.class),
                  examples = @ExampleObject(name = "subscription", value = SUBSCRIPTION))),
          @ApiResponse(responseCode = "403", description = "The user is no integrator",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = SUBSCRIPTION_FORBIDDEN_EXAMPLE))),
          @ApiResponse(responseCode = "404", description = "The caller has no active subscription with this id",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "unknown or another caller's", value = NOT_FOUND_EXAMPLE)))})
  @GetMapping("/{id}")
  Subscription read(@PathVariable String id, Authentication caller) {
    return own(id, caller);
  }

  @Operation(summary = "End a subscription; its deliveries not yet made are cancelled", description = "404 for"
      + " another user's subscription, as for one that does not exist or was ended.", responses = {
          @ApiResponse(responseCode = "204", description = "Ended; no more events are sent to it"),
          @ApiResponse(responseCode = "403", description = "The user is no integrator",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = SUBSCRIPTION_FORBIDDEN_EXAMPLE))),
          @ApiResponse(responseCode = "404", description = "The caller has no active subscription with this id",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "unknown or another caller's", value = NOT_FOUND_EXAMPLE)))})
  @DeleteMapping("/{id}")
  ResponseEntity<Void> cancel(@PathVariable String id, Authentication caller) {
    store.cancel(own(id, caller).id(), Instant.now());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "The delivery log of a subscription, newest first", description = "Each delivery with its"
      + " status (PENDING, DELIVERED, FAILED, CANCELLED), the next attempt when pending, and every attempt with the"
      + " receiver's status code or the error. Pages are numbered from 0; size 1 to 100.", responses = {
          @ApiResponse(responseCode = "200", description = "One page of deliveries",
              content = @Content(mediaType = JSON, schema = @Schema(implementation = DeliveryPage.class),
                  examples = @ExampleObject(name = "page", summary = "One delivery being retried, one delivered",
                      value = DELIVERIES_EXAMPLE))),
          @ApiResponse(responseCode = "400", description = "Invalid parameters, each named in errors",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "invalid size", summary = "?size=500",
                      value = INVALID_PARAMETERS_EXAMPLE))),
          @ApiResponse(responseCode = "403", description = "The user is no integrator",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "forbidden", value = DELIVERIES_FORBIDDEN_EXAMPLE))),
          @ApiResponse(responseCode = "404", description = "The caller has no active subscription with this id",
              content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                  examples = @ExampleObject(name = "unknown or another caller's",
                      value = DELIVERIES_NOT_FOUND_EXAMPLE)))})
  @GetMapping("/{id}/deliveries")
  Page<Delivery> deliveries(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size, Authentication caller) {
    Paging.check(page, size);
    return store.deliveries(own(id, caller).id(), page, size);
  }

  private Subscription own(String id, Authentication caller) {
    Optional<Subscription> subscription = store.subscription(id, caller.getName());
    return subscription.orElseThrow(() -> ProblemException.notFound("webhook subscription", id));
  }
}
