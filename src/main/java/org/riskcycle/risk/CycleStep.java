package org.riskcycle.risk;

/** The six steps of the risk management cycle of Vision and Strategy 2020 ("Managing Risk"), in the plan's order. */
public enum CycleStep {
  DEFINE_CONTEXT("Define the context and the goals at stake"),
  IDENTIFY_RISKS("Identify the risks"),
  ANALYZE_AND_ASSESS("Analyze and assess the risks"),
  DEVELOP_ALTERNATIVES("Develop alternatives with their costs and benefits"),
  DECIDE_AND_IMPLEMENT("Decide among the alternatives and implement"),
  MONITOR("Monitor the decisions and feed back");

  private final String label;

  CycleStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The step's number in the plan, 1 to 6. */
  public int number() {
    return ordinal() + 1;
  }

  public static CycleStep ofNumber(int number) {
    return values()[number - 1];
  }
}
