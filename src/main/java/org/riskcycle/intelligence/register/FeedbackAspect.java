package org.riskcycle.intelligence.register;

/** An aspect of a product that each recipient group rates in its feedback. */
public enum FeedbackAspect {
  RELEVANCE, ACCURACY, TIMELINESS, USEFULNESS;

  String column() {
    return name().toLowerCase();
  }
}
