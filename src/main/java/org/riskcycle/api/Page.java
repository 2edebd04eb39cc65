package org.riskcycle.api;

import java.util.List;

/** One page of a list, numbered from 0, with the size of the whole list. */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

  public static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
    return new Page<>(items, page, size, totalItems, (totalItems + size - 1) / size);
  }
}
