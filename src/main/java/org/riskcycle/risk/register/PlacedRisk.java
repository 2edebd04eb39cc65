package org.riskcycle.risk.register;

import org.riskcycle.risk.Level;

/** A risk where it stands on the heat map: at a likelihood and an impact, with the level recorded for them. */
public record PlacedRisk(String id, String title, String assessmentId, String status, Level likelihood,
    Level impact, Level level) {
}
