package org.riskcycle.risk.register;

import java.util.List;
import org.riskcycle.risk.ThreatCategory;

/** Step 2: a risk as identified; {@code id} is null for a new risk, the register id for one carried over. */
public record IdentifiedRisk(String id, String title, String description, ThreatCategory threatCategory,
    List<String> threatenedObjectives, String source) {

  public IdentifiedRisk withId(String registerId) {
    return new IdentifiedRisk(registerId, title, description, threatCategory, threatenedObjectives, source);
  }
}
