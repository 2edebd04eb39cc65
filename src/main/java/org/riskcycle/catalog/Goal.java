package org.riskcycle.catalog;

import java.util.List;

/**
 * A strategic goal. {@code id} is unique across plans ({@code VS2020-1}); {@code code} is the goal's number in its
 * plan. A retired goal is no longer in its plan's file but stays, because records refer to it.
 */
public record Goal(String id, String planId, String code, String title, String description,
    SourceReference source, boolean retired, List<Objective> objectives) {
}
