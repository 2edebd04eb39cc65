package org.riskcycle.catalog;

import java.util.List;

/** A strategic plan with its goals in the order of the source. */
public record Plan(String id, String title, String issuer, String period, SourceReference source,
    List<Goal> goals) {
}
