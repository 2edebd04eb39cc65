package org.riskcycle.catalog;

/** Where an entry's verbatim text stands in the source document. */
public record SourceReference(String file, int line) {
}
