package org.riskcycle.risk.register;

import java.math.BigDecimal;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.Treatment;

/**
 * Step 4: one alternative action for a risk, with what RiskCycle computes from it: the residual level the table gives
 * for its expected residual likelihood and impact, whether that is within tolerance, its net benefit and its rank.
 */
public record Alternative(String id, int rank, Treatment treatment, String description, BigDecimal cost,
    BigDecimal benefit, Level residualLikelihood, Level residualImpact, Level residualLevel, boolean withinTolerance,
    String owner) {

  /** An alternative as the planner proposed it, before RiskCycle assesses, ranks and records it. */
  public static Alternative proposed(Treatment treatment, String description, BigDecimal cost, BigDecimal benefit,
      Level residualLikelihood, Level residualImpact, String owner) {
    return new Alternative(null, 0, treatment, description, cost, benefit, residualLikelihood, residualImpact, null,
        false, owner);
  }

  public BigDecimal netBenefit() {
    return benefit.subtract(cost);
  }

  public Alternative withResidualLevel(Level level, boolean isWithinTolerance) {
    return new Alternative(id, rank, treatment, description, cost, benefit, residualLikelihood, residualImpact,
        level, isWithinTolerance, owner);
  }

  public Alternative ranked(int position) {
    return new Alternative(id, position, treatment, description, cost, benefit, residualLikelihood, residualImpact,
        residualLevel, withinTolerance, owner);
  }

  public Alternative withId(String registerId) {
    return new Alternative(registerId, rank, treatment, description, cost, benefit, residualLikelihood,
        residualImpact, residualLevel, withinTolerance, owner);
  }
}
