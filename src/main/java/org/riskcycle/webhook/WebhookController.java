package org.riskcycle.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riskcycle.api.Page;
import org.riskcycle.api.Paging;
import org.riskcycle.api.ProblemException;
import org.riskcycle.api.ProblemException.FieldProblem;
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

  private final WebhookStore store;
  private final WebhookDestinations destinations;

  WebhookController(WebhookStore store, WebhookDestinations destinations) {
    this.store = store;
    this.destinations = destinations;
  }

  @Operation(summary = "Subscribe to events of the cycles", description = "Events: step.started, step.completed"
      + " (a user task of a cycle), risk.decided (a decision record), product.released. Each is POSTed as JSON after"
      + " its transaction commits, signed in the RiskCycle-Signature header with the secret returned here once,"
      + " and retried with backoff until the receiver answers 2xx. Integrators only.")
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

  @Operation(summary = "List the caller's subscriptions")
  @GetMapping
  List<Subscription> list(Authentication caller) {
    return store.subscriptionsOf(caller.getName());
  }

  @Operation(summary = "Read one of the caller's subscriptions")
  @GetMapping("/{id}")
  Subscription read(@PathVariable String id, Authentication caller) {
    return own(id, caller);
  }

  @Operation(summary = "End a subscription; its deliveries not yet made are cancelled")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> cancel(@PathVariable String id, Authentication caller) {
    store.cancel(own(id, caller).id(), Instant.now());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "The delivery log of a subscription, newest first", description = "Each delivery with its"
      + " status (PENDING, DELIVERED, FAILED, CANCELLED), the next attempt when pending, and every attempt with the"
      + " receiver's status code or the error.")
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
