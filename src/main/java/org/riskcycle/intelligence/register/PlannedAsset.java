package org.riskcycle.intelligence.register;

import java.time.LocalDate;
import org.riskcycle.intelligence.CollectionDiscipline;

/** An asset or partner tasked to collect, with the date its result is due. */
public record PlannedAsset(String asset, CollectionDiscipline discipline, LocalDate dueDate) {
}
