package org.riskcycle.catalog;

import java.util.List;

/** An objective of a strategic goal ({@code VS2020-1.A}, {@code OFO2007-2.1}). */
public record Objective(String id, String goalId, String code, String title, String description,
    SourceReference source, boolean retired, List<Measure> measures) {
}
