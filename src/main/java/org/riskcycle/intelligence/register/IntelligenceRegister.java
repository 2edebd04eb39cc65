package org.riskcycle.intelligence.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.riskcycle.api.Page;
import org.riskcycle.engine.JsonVariables;
import org.riskcycle.intelligence.CollectionDiscipline;
import org.riskcycle.intelligence.HandlingCaveat;
import org.riskcycle.intelligence.IntelligenceStep;
import org.riskcycle.intelligence.Priority;
import org.riskcycle.intelligence.Rating;
import org.riskcycle.intelligence.SourceReliability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intelligence register: requirements, collection taskings and results, processing, every version of a product,
 * peer reviews, releases with their recipients and snapshot, and feedback. Written by the intelligence cycle's tasks
 * in the transaction of their completion; the records of what was collected, judged, released and said back are never
 * changed (database triggers refuse it). A read that reads more rows while mapping a row runs in a read-only
 * transaction, so that both reads share one connection instead of holding one while waiting for a second.
 */
@Repository
public class IntelligenceRegister {

  private static final TypeReference<List<KeyJudgment>> KEY_JUDGMENTS = new TypeReference<>() { };

  private final JdbcClient db;

  IntelligenceRegister(JdbcClient db) {
    this.db = db;
  }

  public String raiseRequirement(String processInstanceId, RequirementDraft draft, String author,
      String previousRequirementId, String riskDecisionId, Instant at) {
    String id = UUID.randomUUID().toString();
    db.sql("""
        insert into intel_requirement (id, process_instance_id, question, requested_by, decision_supported, priority,
          latest_time_of_value, handling_caveat, author, status, previous_requirement_id, risk_decision_id, raised_at,
          updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?, ?)""")
        .params(id, processInstanceId, draft.requirementQuestion(), draft.requestedBy(), draft.decisionSupported(),
            draft.priority().name(), Date.valueOf(draft.latestTimeOfValue()), draft.handlingCaveat().name(), author,
            previousRequirementId, riskDecisionId, Timestamp.from(at), Timestamp.from(at))
        .update();
    writeLinks(id, draft);
    return id;
  }

  /** A returned requirement drafted again by its author: proposed anew. */
  public void redraftRequirement(String requirementId, RequirementDraft draft, Instant at) {
    db.sql("""
        update intel_requirement set question = ?, requested_by = ?, decision_supported = ?, priority = ?,
          latest_time_of_value = ?, handling_caveat = ?, status = 'PROPOSED', updated_at = ?
        where id = ?""")
        .params(draft.requirementQuestion(), draft.requestedBy(), draft.decisionSupported(), draft.priority().name(),
            Date.valueOf(draft.latestTimeOfValue()), draft.handlingCaveat().name(), Timestamp.from(at), requirementId)
        .update();
    db.sql("delete from intel_requirement_goal where requirement_id = ?").param(requirementId).update();
    db.sql("delete from intel_requirement_risk where requirement_id = ?").param(requirementId).update();
    writeLinks(requirementId, draft);
  }

  private void writeLinks(String requirementId, RequirementDraft draft) {
    draft.linkedGoals().forEach(goal -> db.sql("insert into intel_requirement_goal values (?, ?)")
        .params(requirementId, goal).update());
    draft.linkedRisks().forEach(risk -> db.sql("insert into intel_requirement_risk values (?, ?)")
        .params(requirementId, risk).update());
  }

  /** Approval or return by another planner; the requirement as it was reviewed is kept with the verdict. */
  public void recordApproval(String requirementId, boolean approved, String comment, String reviewedBy, Instant at) {
    Requirement requirement = requirement(requirementId).orElseThrow();
    db.sql("""
        insert into intel_requirement_review (id, requirement_id, outcome, comment, reviewed_by, reviewed_at, snapshot)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID().toString(), requirementId, approved ? "APPROVE" : "RETURN", comment, reviewedBy,
            Timestamp.from(at), JsonVariables.write(requirement.draft()))
        .update();
    if (approved) {
      db.sql("""
          update intel_requirement set status = 'APPROVED', approved_by = ?, approved_at = ?, updated_at = ?
          where id = ?""")
          .params(reviewedBy, Timestamp.from(at), Timestamp.from(at), requirementId).update();
    } else {
      setStatus(requirementId, "RETURNED", at);
    }
  }

  /** Moves the requirement on; a final status (withdrawn, unanswered, satisfied, refined) also closes it. */
  public void setStatus(String requirementId, String status, Instant at) {
    boolean closes = List.of("WITHDRAWN", "UNANSWERED", "SATISFIED", "REFINED").contains(status);
    db.sql("""
        update intel_requirement set status = ?, updated_at = ?,
          closed_at = case when ? then ? else closed_at end,
          current_step = case when ? then null else current_step end
        where id = ?""")
        .params(status, Timestamp.from(at), closes, Timestamp.from(at), closes, requirementId).update();
  }

  public void setStep(String requirementId, IntelligenceStep step) {
    db.sql("update intel_requirement set current_step = ? where id = ? and closed_at is null")
        .params(step.number(), requirementId).update();
  }

  /** How many open requirements stand at each step, by the step's number. */
  public Map<Integer, Long> requirementsPerStep() {
    Map<Integer, Long> requirements = new HashMap<>();
    db.sql("""
        select current_step, count(*) as requirements from intel_requirement
        where closed_at is null and current_step is not null group by current_step""")
        .query(rs -> {
          requirements.put(rs.getInt("current_step"), rs.getLong("requirements"));
        });
    return requirements;
  }

  /** How many products were released at each handling caveat, by the caveat's name. */
  public Map<String, Long> releasesPerCaveat() {
    Map<String, Long> releases = new HashMap<>();
    db.sql("""
        select handling_caveat, count(distinct product_id) as products from intel_release
        where outcome = 'RELEASE' group by handling_caveat""")
        .query(rs -> {
          releases.put(rs.getString("handling_caveat"), rs.getLong("products"));
        });
    return releases;
  }

  /** How often each rating was given for one aspect of feedback (relevance, accuracy, timeliness, usefulness). */
  public Map<Rating, Long> feedbackRatings(FeedbackAspect aspect) {
    Map<Rating, Long> ratings = new EnumMap<>(Rating.class);
    db.sql("select " + aspect.column() + " as rating, count(*) as answers from intel_feedback group by "
        + aspect.column())
        .query(rs -> {
          ratings.put(Rating.valueOf(rs.getString("rating")), rs.getLong("answers"));
        });
    return ratings;
  }

  /** How many recipients answered that the product satisfied the requirement, and how many answered at all. */
  public long[] satisfiedOfFeedback() {
    return db.sql("""
        select count(case when requirement_satisfied then 1 end) as satisfied, count(*) as answers
        from intel_feedback""")
        .query((rs, row) -> new long[] {rs.getLong("satisfied"), rs.getLong("answers")}).single();
  }

  /** The open requirements whose latest time of value has passed, the longest past first. */
  @Transactional(readOnly = true)
  public List<Requirement> pastLatestTimeOfValue(LocalDate today) {
    return db.sql("""
        select * from intel_requirement where closed_at is null and latest_time_of_value < ?
        order by latest_time_of_value, id limit 200""")
        .param(Date.valueOf(today)).query((rs, row) -> requirement(rs)).list();
  }

  @Transactional(readOnly = true)
  public Optional<Requirement> requirement(String requirementId) {
    return db.sql("select * from intel_requirement where id = ?").param(requirementId)
        .query((rs, row) -> requirement(rs)).optional();
  }

  private Requirement requirement(ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    RequirementDraft draft = new RequirementDraft(rs.getString("question"), rs.getString("requested_by"),
        rs.getString("decision_supported"), Priority.valueOf(rs.getString("priority")),
        db.sql("select catalog_id from intel_requirement_goal where requirement_id = ? order by catalog_id")
            .param(id).query(String.class).list(),
        db.sql("select risk_id from intel_requirement_risk where requirement_id = ? order by risk_id")
            .param(id).query(String.class).list(),
        rs.getDate("latest_time_of_value").toLocalDate(), HandlingCaveat.valueOf(rs.getString("handling_caveat")));
    Timestamp approvedAt = rs.getTimestamp("approved_at");
    return new Requirement(id, rs.getString("process_instance_id"), draft, rs.getString("author"),
        rs.getString("status"), rs.getString("previous_requirement_id"), rs.getString("risk_decision_id"),
        rs.getTimestamp("raised_at").toInstant(), rs.getString("approved_by"),
        approvedAt == null ? null : approvedAt.toInstant());
  }

  /** Requirements, newest first, by status and linked goal or objective when given. */
  @Transactional(readOnly = true)
  public Page<Requirement> requirements(String status, String catalogId, int page, int size) {
    String where = """
        where (cast(? as varchar(20)) is null or r.status = ?)
          and (cast(? as varchar(32)) is null
            or exists (select 1 from intel_requirement_goal g where g.requirement_id = r.id and g.catalog_id = ?))""";
    long total = db.sql("select count(*) from intel_requirement r " + where)
        .params(status, status, catalogId, catalogId).query(Long.class).single();
    List<Requirement> items = db.sql("select r.* from intel_requirement r " + where
            + " order by r.raised_at desc, r.id limit ? offset ?")
        .params(status, status, catalogId, catalogId, size, (long) page * size)
        .query((rs, row) -> requirement(rs)).list();
    return Page.of(items, page, size, total);
  }

  /**
   * Released products, newest release first: every release, or only those released to one of {@code groups}, with
   * only those groups as recipients.
   */
  @Transactional(readOnly = true)
  public Page<ReleasedProduct> releasedProducts(Optional<Set<String>> groups, int page, int size) {
    String visible = """
        from intel_release l where l.outcome = 'RELEASE' and (:all or exists (
          select 1 from intel_release_recipient r where r.release_id = l.id and r.group_id in (:groups)))""";
    long total = db.sql("select count(*) " + visible)
        .param("all", groups.isEmpty()).param("groups", groups.orElse(Set.of("")))
        .query(Long.class).single();
    List<ReleasedProduct> items = db.sql("select l.id " + visible
            + " order by l.decided_at desc, l.id limit :size offset :offset")
        .param("all", groups.isEmpty()).param("groups", groups.orElse(Set.of("")))
        .param("size", size).param("offset", (long) page * size)
        .query(String.class).list().stream()
        .map(releaseId -> release(releaseId, groups)).toList();
    return Page.of(items, page, size, total);
  }

  /** The latest release of a product, if it was released (to one of {@code groups}, when given). */
  @Transactional(readOnly = true)
  public Optional<ReleasedProduct> releasedProduct(String productId, Optional<Set<String>> groups) {
    return db.sql("""
        select id from intel_release where product_id = ? and outcome = 'RELEASE' order by decided_at desc""")
        .param(productId).query(String.class).list().stream()
        .filter(releaseId -> groups.isEmpty() || recipientsOf(releaseId).stream().anyMatch(groups.get()::contains))
        .findFirst().map(releaseId -> release(releaseId, groups));
  }

  private ReleasedProduct release(String releaseId, Optional<Set<String>> groups) {
    return db.sql("""
        select v.*, p.requirement_id, l.id as release_id, l.decided_by, l.decided_at, q.question
        from intel_release l
        join intel_product_version v on v.product_id = l.product_id and v.version = l.version
        join intel_product p on p.id = l.product_id
        join intel_requirement q on q.id = p.requirement_id
        where l.id = ?""")
        .param(releaseId)
        .query((rs, row) -> new ReleasedProduct(rs.getString("release_id"), productVersion(rs),
            rs.getString("question"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant(),
            recipientsOf(releaseId).stream().filter(g -> groups.isEmpty() || groups.get().contains(g)).toList()))
        .single();
  }

  /** A new collection round: one tasking per asset, in the order given. */
  public List<CollectionTask> planCollection(String requirementId, List<PlannedAsset> assets, String plannedBy,
      Instant at) {
    int round = db.sql("select coalesce(max(round), 0) + 1 from intel_collection_task where requirement_id = ?")
        .param(requirementId).query(Integer.class).single();
    List<CollectionTask> tasks = new ArrayList<>();
    for (PlannedAsset asset : assets) {
      CollectionTask task = new CollectionTask(UUID.randomUUID().toString(), requirementId, round, asset.asset(),
          asset.discipline(), asset.dueDate());
      db.sql("""
          insert into intel_collection_task (id, requirement_id, round, asset, discipline, due_date, planned_by,
            planned_at)
          values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(task.id(), requirementId, round, task.asset(), task.discipline().name(),
              Date.valueOf(task.dueDate()), plannedBy, Timestamp.from(at))
          .update();
      tasks.add(task);
    }
    return tasks;
  }

  public Optional<CollectionTask> collectionTask(String collectionTaskId) {
    return db.sql("select * from intel_collection_task where id = ?").param(collectionTaskId)
        .query((rs, row) -> new CollectionTask(rs.getString("id"), rs.getString("requirement_id"), rs.getInt("round"),
            rs.getString("asset"), CollectionDiscipline.valueOf(rs.getString("discipline")),
            rs.getDate("due_date").toLocalDate()))
        .optional();
  }

  public void recordResult(String requirementId, CollectionResult result) {
    db.sql("""
        insert into intel_collection_result (id, collection_task_id, requirement_id, outcome, summary,
          source_reliability, information_credibility, gap_description, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(result.id(), result.collectionTaskId(), requirementId, result.collected() ? "COLLECTED" : "GAP",
            result.summary(), result.sourceReliability() == null ? null : result.sourceReliability().name(),
            result.informationCredibility(), result.gapDescription(), result.recordedBy(),
            Timestamp.from(result.recordedAt()))
        .update();
  }

  public void recordFollowUp(String collectionTaskId, String note, String followedUpBy, Instant at) {
    db.sql("""
        insert into intel_collection_follow_up (id, collection_task_id, note, followed_up_by, followed_up_at)
        values (?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID().toString(), collectionTaskId, note, followedUpBy, Timestamp.from(at)).update();
  }

  /** The results of a collection round, collected and gaps, in the order the assets were tasked. */
  public List<CollectionResult> resultsOfRound(String requirementId, int round) {
    return results("""
        where t.requirement_id = ? and t.round = ?""", requirementId, round);
  }

  /** The collected results that no processing has dealt with yet. */
  public List<CollectionResult> unprocessedResults(String requirementId) {
    return results("""
        where t.requirement_id = ? and r.outcome = 'COLLECTED'
          and not exists (select 1 from intel_processed_result p where p.result_id = r.id)""", requirementId);
  }

  /** The results processing kept, with the grades it gave them. */
  public List<CollectionResult> keptResults(String requirementId) {
    return db.sql("""
        select r.id, r.collection_task_id, t.asset, r.summary, p.source_reliability, p.information_credibility,
          r.recorded_by, r.recorded_at
        from intel_collection_result r
        join intel_collection_task t on t.id = r.collection_task_id
        join intel_processed_result p on p.result_id = r.id
        where t.requirement_id = ? and p.disposition = 'KEEP'
        order by t.round, t.planned_at, t.asset""")
        .param(requirementId)
        .query((rs, row) -> new CollectionResult(rs.getString("id"), rs.getString("collection_task_id"),
            rs.getString("asset"), true, rs.getString("summary"),
            SourceReliability.valueOf(rs.getString("source_reliability")), rs.getString("information_credibility"),
            null, rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  private List<CollectionResult> results(String where, Object... params) {
    return db.sql("""
        select r.*, t.asset from intel_collection_result r
        join intel_collection_task t on t.id = r.collection_task_id
        """ + where + " order by t.round, t.planned_at, t.asset")
        .params(params)
        .query((rs, row) -> {
          String reliability = rs.getString("source_reliability");
          return new CollectionResult(rs.getString("id"), rs.getString("collection_task_id"), rs.getString("asset"),
              "COLLECTED".equals(rs.getString("outcome")), rs.getString("summary"),
              reliability == null ? null : SourceReliability.valueOf(reliability),
              rs.getString("information_credibility"), rs.getString("gap_description"), rs.getString("recorded_by"),
              rs.getTimestamp("recorded_at").toInstant());
        })
        .list();
  }

  public void recordProcessing(String requirementId, String summary, List<ProcessedResult> results,
      String processedBy, Instant at) {
    String id = UUID.randomUUID().toString();
    long kept = results.stream().filter(r -> r.disposition().name().equals("KEEP")).count();
    db.sql("""
        insert into intel_processing (id, requirement_id, summary, kept_count, processed_by, processed_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(id, requirementId, summary, kept, processedBy, Timestamp.from(at)).update();
    for (ProcessedResult result : results) {
      db.sql("""
          insert into intel_processed_result (result_id, processing_id, disposition, reason, source_reliability,
            information_credibility)
          values (?, ?, ?, ?, ?, ?)""")
          .params(result.resultId(), id, result.disposition().name(), result.reason(),
              result.sourceReliability().name(), result.informationCredibility())
          .update();
    }
  }

  /** A new version of the requirement's product (the product is created with its first version). */
  public ProductVersion recordProductVersion(String requirementId, ProductDraft draft, String producedBy,
      Instant at) {
    String productId = db.sql("select id from intel_product where requirement_id = ?").param(requirementId)
        .query(String.class).optional().orElseGet(() -> {
          String id = UUID.randomUUID().toString();
          db.sql("insert into intel_product (id, requirement_id, created_at) values (?, ?, ?)")
              .params(id, requirementId, Timestamp.from(at)).update();
          return id;
        });
    int version = db.sql("select coalesce(max(version), 0) + 1 from intel_product_version where product_id = ?")
        .param(productId).query(Integer.class).single();
    db.sql("""
        insert into intel_product_version (product_id, version, title, summary, key_judgments, assumptions,
          alternatives_considered, handling_caveat, produced_by, produced_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(productId, version, draft.title(), draft.summary(), JsonVariables.write(draft.keyJudgments()),
            draft.assumptions(), draft.alternativesConsidered(), draft.handlingCaveat().name(), producedBy,
            Timestamp.from(at))
        .update();
    draft.sourceResultIds().forEach(resultId -> db.sql("insert into intel_product_source values (?, ?, ?)")
        .params(productId, version, resultId).update());
    return new ProductVersion(productId, requirementId, version, draft, producedBy, at);
  }

  @Transactional(readOnly = true)
  public Optional<ProductVersion> productVersion(String productId, int version) {
    return db.sql("""
        select v.*, p.requirement_id from intel_product_version v join intel_product p on p.id = v.product_id
        where v.product_id = ? and v.version = ?""")
        .params(productId, version)
        .query((rs, row) -> productVersion(rs))
        .optional();
  }

  private ProductVersion productVersion(ResultSet rs) throws SQLException {
    String productId = rs.getString("product_id");
    int version = rs.getInt("version");
    List<KeyJudgment> judgments;
    try {
      judgments = JsonVariables.MAPPER.readValue(rs.getString("key_judgments"), KEY_JUDGMENTS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Key judgments of product " + productId + " v" + version + " are unreadable",
          e);
    }
    List<String> sources = db.sql("""
        select result_id from intel_product_source where product_id = ? and version = ? order by result_id""")
        .params(productId, version).query(String.class).list();
    ProductDraft draft = new ProductDraft(rs.getString("title"), rs.getString("summary"), judgments,
        rs.getString("assumptions"), rs.getString("alternatives_considered"), sources,
        HandlingCaveat.valueOf(rs.getString("handling_caveat")));
    return new ProductVersion(productId, rs.getString("requirement_id"), version, draft, rs.getString("produced_by"),
        rs.getTimestamp("produced_at").toInstant());
  }

  /** @param standards the verdict on each ICD 203 tradecraft standard, by its variable name */
  public void recordPeerReview(String productId, int version, boolean accepted, Map<String, String> standards,
      String comments, String reviewedBy, Instant at) {
    db.sql("""
        insert into intel_peer_review (id, product_id, version, outcome, standards, comments, reviewed_by,
          reviewed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID().toString(), productId, version, accepted ? "ACCEPT" : "SEND_BACK",
            JsonVariables.write(standards), comments, reviewedBy, Timestamp.from(at))
        .update();
  }

  /**
   * A release authority's decision on a version: a release with its recipients (and the highest marking each may
   * receive) and the immutable snapshot of what was released, or a return for revision.
   *
   * @return the release's id
   */
  public String recordRelease(ProductVersion product, String releaseAuthority, Map<String, HandlingCaveat> recipients,
      String needToKnow, String comment, String decidedBy, Instant at, String snapshot) {
    String id = UUID.randomUUID().toString();
    db.sql("""
        insert into intel_release (id, product_id, version, outcome, handling_caveat, release_authority, need_to_know,
          comment, decided_by, decided_at, snapshot)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, product.productId(), product.version(), snapshot == null ? "RETURN_FOR_REVISION" : "RELEASE",
            product.draft().handlingCaveat().name(), releaseAuthority, needToKnow, comment, decidedBy,
            Timestamp.from(at), snapshot)
        .update();
    recipients.forEach((group, highest) -> db.sql("insert into intel_release_recipient values (?, ?, ?)")
        .params(id, group, highest.name()).update());
    return id;
  }

  /** The groups a product was released to; none for a return for revision or an unknown id. */
  public List<String> recipientsOf(String releaseId) {
    return db.sql("""
        select r.group_id from intel_release_recipient r join intel_release l on l.id = r.release_id
        where l.id = ? and l.outcome = 'RELEASE' order by r.group_id""")
        .param(releaseId).query(String.class).list();
  }

  public void recordFeedback(Feedback feedback) {
    db.sql("""
        insert into intel_feedback (id, release_id, group_id, relevance, accuracy, timeliness, usefulness,
          requirement_satisfied, comment, given_by, given_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID().toString(), feedback.releaseId(), feedback.groupId(), feedback.relevance().name(),
            feedback.accuracy().name(), feedback.timeliness().name(), feedback.usefulness().name(),
            feedback.requirementSatisfied(), feedback.comment(), feedback.givenBy(), Timestamp.from(feedback.givenAt()))
        .update();
  }

  public List<Feedback> feedbackOn(String releaseId) {
    return db.sql("select * from intel_feedback where release_id = ? order by group_id").param(releaseId)
        .query((rs, row) -> new Feedback(releaseId, rs.getString("group_id"),
            Rating.valueOf(rs.getString("relevance")),
            Rating.valueOf(rs.getString("accuracy")),
            Rating.valueOf(rs.getString("timeliness")),
            Rating.valueOf(rs.getString("usefulness")),
            rs.getBoolean("requirement_satisfied"), rs.getString("comment"), rs.getString("given_by"),
            rs.getTimestamp("given_at").toInstant()))
        .list();
  }
}
