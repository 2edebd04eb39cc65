package org.riskcycle.engine;

/** A choice offered by a form's select or tag list. */
public record Option(String label, String value) {
}
