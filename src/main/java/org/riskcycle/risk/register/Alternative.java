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

  public BigDecimal netBenefit() {
    return benefit.subtract(cost);
  }
}
