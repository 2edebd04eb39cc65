package org.riskcycle.risk;

/** The threat categories named by the plans (Vision and Strategy 2020, lines 261, 488, 512-514). */
public enum ThreatCategory {
  TERRORISM("Terrorism"),
  WEAPONS_OF_MASS_DESTRUCTION("Weapons of mass destruction"),
  TRANSNATIONAL_CRIMINAL_ORGANIZATIONS("Transnational criminal organizations"),
  NARCOTICS_AND_OPIOIDS("Narcotics and opioid smuggling"),
  WEAPONS("Weapons"),
  ILLICIT_BULK_CURRENCY("Illicit bulk currency"),
  HUMAN_SMUGGLING_AND_TRAFFICKING("Human smuggling and trafficking"),
  ILLEGAL_IMMIGRATION("Illegal immigration"),
  COUNTERFEIT_AND_UNSAFE_GOODS("Counterfeit and unsafe goods"),
  AGRICULTURAL_PESTS_AND_DISEASES("Agricultural pests and diseases"),
  TRADE_FRAUD("Trade fraud"),
  STRATEGIC_AND_DUAL_USE_COMMODITIES("Strategic and dual-use commodities"),
  ORGANIZATIONAL_INTEGRITY("Internal risks to organizational effectiveness and integrity");

  private final String label;

  ThreatCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
