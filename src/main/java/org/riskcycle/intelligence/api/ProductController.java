package org.riskcycle.intelligence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.riskcycle.access.CycleProcess;
import org.riskcycle.access.Role;
import org.riskcycle.api.EngineCaller;
import org.riskcycle.api.Page;
import org.riskcycle.api.Paging;
import org.riskcycle.api.ProblemException;
import org.riskcycle.api.ProblemType;
import org.riskcycle.intelligence.register.IntelligenceRegister;
import org.riskcycle.intelligence.register.ReleasedProduct;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Released intelligence products over REST. A partner reads only the products released to one of its groups, and
 * sees only those groups among the recipients; RiskCycle's own roles, integrators and auditors read every release.
 * A recipient group gives its feedback here or in Tasklist.
 */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Intelligence products")
class ProductController {

  private final IntelligenceRegister register;
  private final TaskService taskService;
  private final EngineCaller engineCaller;

  ProductController(IntelligenceRegister register, TaskService taskService, EngineCaller engineCaller) {
    this.register = register;
    this.taskService = taskService;
    this.engineCaller = engineCaller;
  }

  @Operation(summary = "List the released products the caller may read, newest release first")
  @GetMapping
  Page<ProductView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
      Authentication caller) {
    Paging.check(page, size);
    Page<ReleasedProduct> products = register.releasedProducts(onlyPartnerGroupsOf(caller), page, size);
    return Page.of(products.items().stream().map(ProductView::of).toList(), page, size, products.totalItems());
  }

  @Operation(summary = "Read a released product", description = "404 for a product that was not released to the"
      + " caller, as for one that does not exist.")
  @GetMapping("/{id}")
  ProductView read(@PathVariable String id, Authentication caller) {
    return ProductView.of(visible(id, caller));
  }

  @Operation(summary = "Give the caller's group's feedback on a released product", description = "Completes the"
      + " group's feedback task, as in Tasklist. An unsatisfied requirement needs a comment saying what is missing."
      + " 409 when no feedback is awaited from the caller's groups (already given). Partners only.")
  @PostMapping("/{id}/feedback")
  ProductView giveFeedback(@PathVariable String id, @Valid @RequestBody FeedbackRequest feedback,
      Authentication caller) {
    ReleasedProduct product = visible(id, caller);
    Task task = taskService.createTaskQuery().processDefinitionKey(CycleProcess.PRODUCT_FEEDBACK.key())
        .processInstanceBusinessKey(product.releaseId()).taskCandidateGroupIn(product.recipientGroups()).active()
        .list().stream().findFirst()
        .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "No feedback on product " + id
            + " is awaited from your group: it was given already"));
    engineCaller.run(caller, "The feedback is invalid", "You may not give feedback on this product", () -> {
      taskService.complete(task.getId(), feedback.variables());
      return null;
    });
    return ProductView.of(product);
  }

  private ReleasedProduct visible(String id, Authentication caller) {
    return register.releasedProduct(id, onlyPartnerGroupsOf(caller))
        .orElseThrow(() -> ProblemException.notFound("released product", id));
  }

  /** A caller who is only a partner reads what was released to its groups; anyone else reads every release. */
  private static Optional<Set<String>> onlyPartnerGroupsOf(Authentication caller) {
    Set<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
    boolean partnerOnly = groups.stream().allMatch(group -> Role.ofGroup(group).map(Role::isPartner).orElse(true));
    return partnerOnly ? Optional.of(groups) : Optional.empty();
  }
}
