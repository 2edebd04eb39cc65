package org.riskcycle.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleApplication;
import org.riskcycle.access.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Webhook events outlive a restart: a node that stops before delivering leaves them in the outbox, and the node that
 * starts next on the same database delivers them, signed.
 */
class WebhookRestartTest {

  private static final Path DATABASE = Path.of("target/test-data/webhook-restart-" + UUID.randomUUID(), "riskcycle");

  private static ConfigurableApplicationContext node(boolean delivering) {
    return new SpringApplicationBuilder(RiskCycleApplication.class).run(Stream.of(
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:file:./" + DATABASE,
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.generate-unique-process-application-name=true",
        "--camunda.bpm.job-execution.enabled=false",
        "--riskcycle.webhooks.allow-private-networks=true",
        "--riskcycle.webhooks.poll-interval=200ms",
        "--riskcycle.webhooks.delivery-enabled=" + delivering).toArray(String[]::new));
  }

  @Test
  void undeliveredEventsAreDeliveredByTheNextNodeAfterARestart() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(0)) {
      String secret;
      try (ConfigurableApplicationContext first = node(false)) {
        secret = WebhookSignature.newSecret();
        first.getBean(WebhookStore.class).subscribe("integrator", receiver.url(), List.of("step.started"), secret,
            Instant.now());
        IdentityService identity = first.getBean(IdentityService.class);
        identity.setAuthentication(Role.PLANNERS.demoUserId(), List.of(Role.PLANNERS.groupId()));
        try {
          first.getBean(RuntimeService.class).startProcessInstanceByKey("riskManagementCycle");
        } finally {
          identity.clearAuthentication();
        }
        assertThat(first.getBean(JdbcClient.class).sql("select status from webhook_outbox").query(String.class)
            .list()).containsExactly("PENDING");
      }

      try (ConfigurableApplicationContext second = node(true)) {
        WebhookReceiver.Received received = receiver.next("step.started", 15);
        assertThat(WebhookReceiver.signedWith(received, secret)).isTrue();
        JsonNode event = new ObjectMapper().readTree(received.body());
        assertThat(event.at("/data/step").asText()).isEqualTo("Task_DefineContext");
        JdbcClient db = second.getBean(JdbcClient.class);
        long deadline = System.currentTimeMillis() + 5000;
        while (!"DELIVERED".equals(db.sql("select status from webhook_outbox").query(String.class).single())
            && System.currentTimeMillis() < deadline) {
          Thread.sleep(100);
        }
        assertThat(db.sql("select status from webhook_outbox").query(String.class).single()).isEqualTo("DELIVERED");
      }
    }
  }
}
