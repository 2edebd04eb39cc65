package org.riskcycle.risk;

/** What a decision authority did with the alternatives put to it. */
public enum DecisionOutcome {
  CHOOSE_ALTERNATIVE("Choose an alternative"),
  SEND_BACK("Send back for new alternatives"),
  REQUEST_ANALYSIS("Request more analysis");

  private final String label;

  DecisionOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
