package org.riskcycle.intelligence;

import java.util.Arrays;
import java.util.List;

/** Admiralty (NATO) grading of a piece of information's credibility, coded "1" to "6" as the scale writes it. */
public enum InformationCredibility {
  CONFIRMED("1", "Confirmed by other sources"),
  PROBABLY_TRUE("2", "Probably true"),
  POSSIBLY_TRUE("3", "Possibly true"),
  DOUBTFUL("4", "Doubtful"),
  IMPROBABLE("5", "Improbable"),
  CANNOT_BE_JUDGED("6", "Truth cannot be judged");

  private final String code;
  private final String label;

  InformationCredibility(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(InformationCredibility::code).toList();
  }
}
