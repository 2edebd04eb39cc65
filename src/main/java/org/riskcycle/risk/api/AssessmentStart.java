package org.riskcycle.risk.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.riskcycle.access.CycleProcess;
import org.riskcycle.api.EngineCaller;
import org.riskcycle.api.ProblemException;
import org.riskcycle.api.ProblemException.FieldProblem;
import org.riskcycle.api.ProblemType;
import org.riskcycle.engine.JsonVariables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a risk management cycle with its context, as the calling user: the engine checks that the caller may start
 * it and records the caller as the one who defined the context. An {@code Idempotency-Key} makes a retry answer the
 * first result instead of starting a second assessment.
 */
@Service
class AssessmentStart {

  private static final String OPERATION = "start-assessment";

  private final RuntimeService runtimeService;
  private final EngineCaller engineCaller;
  private final JdbcClient db;

  AssessmentStart(RuntimeService runtimeService, EngineCaller engineCaller, JdbcClient db) {
    this.runtimeService = runtimeService;
    this.engineCaller = engineCaller;
    this.db = db;
  }

  /** The started assessment's id, or, for a known idempotency key with the same request, the first one's. */
  @Transactional
  public String start(AssessmentRequest request, Authentication caller, Optional<String> idempotencyKey) {
    if (idempotencyKey.isPresent()) {
      Optional<String> earlier = claimKey(caller.getName(), idempotencyKey.get(), hash(request));
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    String assessmentId = startAs(caller, request);
    idempotencyKey.ifPresent(key -> db.sql("""
        update api_idempotency_key set resource_id = ? where caller = ? and operation = ? and idempotency_key = ?""")
        .params(assessmentId, caller.getName(), OPERATION, key).update());
    return assessmentId;
  }

  /**
   * Records the key before any work, so that a concurrent request with the same key waits for this transaction and
   * then finds its result. Returns the earlier result if the key is known.
   */
  private Optional<String> claimKey(String caller, String key, String requestHash) {
    if (key.isBlank() || key.length() > 200) {
      throw ProblemException.invalid("The Idempotency-Key header is invalid",
          List.of(new FieldProblem("Idempotency-Key", "must be 1 to 200 characters")));
    }
    int inserted = db.sql("""
        insert into api_idempotency_key (caller, operation, idempotency_key, request_hash, created_at)
        select ?, ?, ?, ?, ? where not exists (
          select 1 from api_idempotency_key where caller = ? and operation = ? and idempotency_key = ?)""")
        .params(caller, OPERATION, key, requestHash, Timestamp.from(Instant.now()), caller, OPERATION, key)
        .update();
    if (inserted == 1) {
      return Optional.empty();
    }
    String[] earlier = db.sql("""
        select request_hash, resource_id from api_idempotency_key
        where caller = ? and operation = ? and idempotency_key = ?""")
        .params(caller, OPERATION, key)
        .query((rs, row) -> new String[] {rs.getString("request_hash"), rs.getString("resource_id")}).single();
    if (!requestHash.equals(earlier[0])) {
      throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "The Idempotency-Key '" + key + "' was used"
          + " with another request; use a new key for a new assessment");
    }
    return Optional.of(earlier[1]);
  }

  private String startAs(Authentication caller, AssessmentRequest request) {
    return engineCaller.run(caller, "The context of the assessment is invalid", "You may not start risk assessments",
        () -> {
          ProcessInstance cycle =
              runtimeService.startProcessInstanceByKey(CycleProcess.RISK_MANAGEMENT.key(), variables(request));
          return (String) runtimeService.getVariable(cycle.getId(), "assessmentId");
        });
  }

  private VariableMap variables(AssessmentRequest request) {
    return Variables.createVariables()
        .putValue("contextGiven", true)
        .putValue("title", request.title())
        .putValue("scope", request.scope())
        .putValueTyped("domains", JsonVariables.json(request.domains()))
        .putValueTyped("locations", JsonVariables.json(request.locations()))
        .putValue("decisionLevel", request.decisionLevel().name())
        .putValue("orientation", request.orientation().name())
        .putValueTyped("goalsAtStake", JsonVariables.json(request.goalsAtStake()))
        .putValue("riskTolerance", request.riskTolerance().name())
        .putValue("decisionDeadline", request.decisionDeadline().toString())
        .putValue("reviewHorizon", request.reviewHorizon().toString());
  }

  private String hash(AssessmentRequest request) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(JsonVariables.write(request).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
