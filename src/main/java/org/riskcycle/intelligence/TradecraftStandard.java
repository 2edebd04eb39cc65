package org.riskcycle.intelligence;

/** The nine analytic tradecraft standards of ICD 203, in its order, with the variable a peer review sets for each. */
public enum TradecraftStandard {
  SOURCES("tcSources", "Properly describes quality and credibility of underlying sources, data, and methodologies"),
  UNCERTAINTIES("tcUncertainties", "Properly expresses and explains uncertainties associated with major analytic"
      + " judgments"),
  ASSUMPTIONS_DISTINGUISHED("tcAssumptionsDistinguished", "Properly distinguishes between underlying intelligence"
      + " information and analysts' assumptions and judgments"),
  ALTERNATIVES("tcAlternatives", "Incorporates analysis of alternatives"),
  CUSTOMER_RELEVANCE("tcCustomerRelevance", "Demonstrates customer relevance and addresses implications"),
  ARGUMENTATION("tcArgumentation", "Uses clear and logical argumentation"),
  CONSISTENCY("tcConsistency", "Explains change to or consistency of analytic judgments"),
  ACCURACY("tcAccuracy", "Makes accurate judgments and assessments"),
  VISUALS("tcVisuals", "Incorporates effective visual information where appropriate");

  private final String variable;
  private final String label;

  TradecraftStandard(String variable, String label) {
    this.variable = variable;
    this.label = label;
  }

  public String variable() {
    return variable;
  }

  public String label() {
    return label;
  }

  /** Only visual information may be judged not applicable: a product may rightly have none. */
  public boolean mayBeNotApplicable() {
    return this == VISUALS;
  }
}
