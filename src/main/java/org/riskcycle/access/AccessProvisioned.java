package org.riskcycle.access;

/** The role groups, their authorizations and the Tasklist filters exist in the engine. */
public record AccessProvisioned() {
}
