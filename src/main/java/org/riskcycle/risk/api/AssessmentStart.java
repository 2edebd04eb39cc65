package org.riskcycle.risk.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
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
import org.riskcycle.api.ProblemException.FieldProblem;
import org.riskcycle.api.ProblemException;
import org.riskcycle.api.ProblemType;
import org.riskcycle.engine.JsonVariables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts a risk management cycle with its context, as the calling user: the engine checks that the caller may start
 * it and records the caller as the one who defined the context. An {@code Idempotency-Key} makes a retry answer the
 * first result instead of starting a second assessment.
 */
@Service
class AssessmentStart {

  private static final String OPERATION = "start-assessment";

  private static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(30);

  private final RuntimeService runtimeService;
  private final EngineCaller engineCaller;
  private final JdbcClient db;
  private final TransactionTemplate transaction;
  private final TransactionTemplate ownTransaction;

  AssessmentStart(RuntimeService runtimeService, EngineCaller engineCaller, JdbcClient db,
      PlatformTransactionManager transactions) {
    this.runtimeService = runtimeService;
    this.engineCaller = engineCaller;
    this.db = db;
    this.transaction = new TransactionTemplate(transactions);
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The started assessment's id, or, for a known idempotency key with the same request, the first one's. A request
   * that finds its key held by one still running waits for it and answers its result.
   */
  public String start(AssessmentRequest request, Authentication caller, Optional<String> idempotencyKey) {
    if (idempotencyKey.isEmpty()) {
      return transaction.execute(status -> startAs(caller, request));
    }
    Key key = new Key(caller.getName(), idempotencyKey.get(), hash(request));
    if (key.value().isBlank() || key.value().length() > 200) {
      throw ProblemException.invalid("The Idempotency-Key header is invalid",
          List.of(new FieldProblem("Idempotency-Key", "must be 1 to 200 characters")));
    }
    long deadline = System.nanoTime() + IN_FLIGHT_WAIT.toNanos();
    while (true) {
      // read first: a plain read never waits for the first request's lock on its key, an insert would
      Optional<Optional<String>> earlier = earlierResult(key);
      if (earlier.isEmpty() && claim(key)) {
        return startClaimed(key, caller, request);
      }
      if (earlier.isPresent() && earlier.get().isPresent()) {
        return earlier.get().get();
      }
      if (System.nanoTime() > deadline) {
        throw new ProblemException(ProblemType.CONFLICT, "A request with the Idempotency-Key '" + key.value()
            + "' is still being processed; retry it later");
      }
      sleep();
    }
  }

  /** A caller's idempotency key for this operation, with the hash of the request it came with. */
  private record Key(String caller, String value, String requestHash) {
  }

  /** Records the key as in flight, committed at once so that concurrent requests see it; false if it exists. */
  private boolean claim(Key key) {
    try {
      return Boolean.TRUE.equals(ownTransaction.execute(status -> db.sql("""
          insert into api_idempotency_key (caller, operation, idempotency_key, request_hash, created_at)
          select ?, ?, ?, ?, ? where not exists (
            select 1 from api_idempotency_key where caller = ? and operation = ? and idempotency_key = ?)""")
          .params(key.caller(), OPERATION, key.value(), key.requestHash(), Timestamp.from(Instant.now()),
              key.caller(), OPERATION, key.value())
          .update() == 1));
    } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
      return false;
    }
  }

  /**
   * The key's row, if there is one, with the first request's result: empty while that request runs. No row: the key
   * is free (never used, or its first request failed).
   */
  private Optional<Optional<String>> earlierResult(Key key) {
    Optional<String[]> earlier = ownTransaction.execute(status -> db.sql("""
        select request_hash, resource_id from api_idempotency_key
        where caller = ? and operation = ? and idempotency_key = ?""")
        .params(key.caller(), OPERATION, key.value())
        .query((rs, row) -> new String[] {rs.getString("request_hash"), rs.getString("resource_id")}).optional());
    if (earlier.isPresent() && !key.requestHash().equals(earlier.get()[0])) {
      throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "The Idempotency-Key '" + key.value()
          + "' was used with another request; use a new key for a new assessment");
    }
    return earlier.map(row -> Optional.ofNullable(row[1]));
  }

  /** Starts the assessment and records its id with the key in one transaction; frees the key if that fails. */
  private String startClaimed(Key key, Authentication caller, AssessmentRequest request) {
    try {
      return transaction.execute(status -> {
        String assessmentId = startAs(caller, request);
        db.sql("""
            update api_idempotency_key set resource_id = ?
            where caller = ? and operation = ? and idempotency_key = ?""")
            .params(assessmentId, key.caller(), OPERATION, key.value()).update();
        return assessmentId;
      });
    } catch (RuntimeException e) {
      ownTransaction.executeWithoutResult(status -> db.sql("""
          delete from api_idempotency_key
          where caller = ? and operation = ? and idempotency_key = ? and resource_id is null""")
          .params(key.caller(), OPERATION, key.value()).update());
      throw e;
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProblemException(ProblemType.CONFLICT, "Interrupted while waiting for an earlier request");
    }
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
