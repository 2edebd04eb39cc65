package org.riskcycle.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * A task open past its due date: who holds it (the assignee) or may take it (the candidate groups), how many whole
 * days it is overdue, and the assessment or requirement it belongs to.
 */
record OverdueTask(String id, String name, String process, String assignee, List<String> candidateGroups,
    Instant due, long daysOverdue, String assessmentId, String requirementId, String tasklistUrl) {
}
