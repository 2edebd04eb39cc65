package org.riskcycle.risk.process;

/** A choice offered by a form's select or tag list. */
record Option(String label, String value) {
}
