package org.riskcycle.intelligence.register;

import java.time.LocalDate;
import org.riskcycle.intelligence.CollectionDiscipline;

/** One tasking of an asset in a collection round. */
public record CollectionTask(String id, String requirementId, int round, String asset, CollectionDiscipline discipline,
    LocalDate dueDate) {
}
