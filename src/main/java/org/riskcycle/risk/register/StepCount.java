package org.riskcycle.risk.register;

import org.riskcycle.risk.CycleStep;

/** How many open assessments and risks stand at a step of the cycle. */
public record StepCount(CycleStep step, long assessments, long risks) {
}
