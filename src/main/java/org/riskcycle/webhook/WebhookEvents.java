package org.riskcycle.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.riskcycle.access.CycleProcess;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.intelligence.ProductReleased;
import org.riskcycle.risk.RiskDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens in the cycles into webhook events in the outbox, in the transaction that made it happen: a step
 * (user task) of a cycle started or completed, a risk decided, a product released. Rolled back with it when that
 * transaction fails.
 */
@Component
class WebhookEvents {

  private static final List<String> SUBJECT_VARIABLES =
      List.of("assessmentId", "riskId", "requirementId", "productId", "releaseId");

  private final WebhookStore store;

  WebhookEvents(WebhookStore store) {
    this.store = store;
  }

  @EventListener(condition = "#task.eventName == 'create' or #task.eventName == 'complete'")
  public void stepTransition(DelegateTask task) {
    String processKey = task.getProcessDefinitionId().substring(0, task.getProcessDefinitionId().indexOf(':'));
    if (Arrays.stream(CycleProcess.values()).noneMatch(process -> process.key().equals(processKey))) {
      return;
    }
    boolean started = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("process", processKey);
    data.put("step", task.getTaskDefinitionKey());
    data.put("stepName", task.getBpmnModelElementInstance().getName());
    data.put("taskId", task.getId());
    data.put("taskName", task.getName());
    for (String variable : SUBJECT_VARIABLES) {
      Object value = task.getVariable(variable);
      if (value != null) {
        data.put(variable, value);
      }
    }
    if (started) {
      data.put("candidateGroups", task.getCandidates().stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).toList());
      data.put("assignee", task.getAssignee());
      data.put("due", task.getDueDate() == null ? null : task.getDueDate().toInstant());
    } else {
      data.put("completedBy", completedBy(task));
    }
    publish(started ? WebhookEventType.STEP_STARTED : WebhookEventType.STEP_COMPLETED, data);
  }

  @EventListener
  public void riskDecided(RiskDecided decision) {
    publish(WebhookEventType.RISK_DECIDED, decision);
  }

  @EventListener
  public void productReleased(ProductReleased release) {
    publish(WebhookEventType.PRODUCT_RELEASED, release);
  }

  private void publish(WebhookEventType type, Object data) {
    String eventId = UUID.randomUUID().toString();
    Instant now = Instant.now();
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", eventId);
    event.put("type", type.wireName());
    event.put("occurredAt", now);
    event.put("data", data);
    store.enqueue(type, eventId, JsonVariables.write(event), now);
  }

  private static String completedBy(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId()
        : task.getAssignee();
  }
}
