package org.riskcycle.catalog;

/** A performance measure of an objective ({@code OFO2007-1.1-M1}); the type is the plan's own. */
public record Measure(String id, String objectiveId, String code, String title, String type,
    SourceReference source, boolean retired) {
}
