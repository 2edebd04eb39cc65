package org.riskcycle.catalog;

import java.util.List;
import java.util.stream.Stream;

/**
 * A strategic goal. {@code id} is unique across plans ({@code VS2020-1}); {@code code} is the goal's number in its
 * plan. A retired goal is no longer in its plan's file but stays, because records refer to it.
 */
public record Goal(String id, String planId, String code, String title, String description,
    SourceReference source, boolean retired, List<Objective> objectives) {

  /** The ids risks and decisions are counted under for the goal: its own and its objectives'. */
  public List<String> catalogIds() {
    return Stream.concat(Stream.of(id), objectives.stream().map(Objective::id)).toList();
  }
}
