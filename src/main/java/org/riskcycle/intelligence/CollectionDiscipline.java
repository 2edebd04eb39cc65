package org.riskcycle.intelligence;

/** Where collected information comes from. */
public enum CollectionDiscipline {
  FIELD_REPORTING("Field reporting"),
  TARGETING_DATA("Targeting data"),
  PARTNER_REPORTING("Partner reporting"),
  HUMAN_SOURCES("Human sources"),
  OPEN_SOURCES("Open sources"),
  SIGNALS("Signals"),
  IMAGERY("Imagery");

  private final String label;

  CollectionDiscipline(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
