package org.riskcycle.risk.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.riskcycle.risk.CycleStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long the completed tasks of each step took, from creation to completion, read from Camunda's task history
 * ({@code act_hi_taskinst}): the most recent completions of each task definition, found through the index on its
 * definition key and end time (V12). Plain SQL rather than the engine's history query: that query selects distinct
 * rows, which makes H2 sort every completion of the definition before it takes the newest.
 */
@Component
class StepDurations {

  private final JdbcClient db;

  StepDurations(JdbcClient db) {
    this.db = db;
  }

  /** The durations in milliseconds of each step's {@code sample} most recent completions since {@code since}. */
  Map<CycleStep, List<Long>> recent(Instant since, int sample) {
    Map<CycleStep, List<Long>> durations = new EnumMap<>(CycleStep.class);
    for (CycleStep step : CycleStep.values()) {
      List<Completion> completions = new ArrayList<>();
      for (String key : step.taskDefinitionKeys()) {
        // ordered by the whole index, so that H2 as well as PostgreSQL reads it backwards instead of sorting
        completions.addAll(db.sql("""
                select end_time_, duration_ from act_hi_taskinst
                where task_def_key_ = ? and end_time_ >= ? and delete_reason_ = 'completed'
                order by task_def_key_ desc, end_time_ desc limit ?""")
            .params(key, Timestamp.from(since), sample)
            .query((rs, row) -> new Completion(rs.getTimestamp(1).toInstant(), rs.getLong(2)))
            .list());
      }
      durations.put(step, completions.stream().sorted(Comparator.comparing(Completion::end).reversed())
          .limit(sample).map(Completion::millis).toList());
    }
    return durations;
  }

  private record Completion(Instant end, long millis) {
  }
}
