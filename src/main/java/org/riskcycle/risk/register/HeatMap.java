package org.riskcycle.risk.register;

import java.util.List;
import org.riskcycle.risk.Level;

/**
 * How many open risks stand at each likelihood and impact: {@code current} by their latest assessment,
 * {@code residual} by the expected residual likelihood and impact of their latest decision (the assessed ones for a
 * risk accepted within tolerance). Every one of the 25 cells is listed, empty ones with 0.
 */
public record HeatMap(List<Cell> current, List<Cell> residual) {

  /** One cell of the 5 x 5 grid: how many risks stand in it, and the highest level recorded for them (none if empty). */
  public record Cell(Level likelihood, Level impact, long count, Level level) {
  }
}
