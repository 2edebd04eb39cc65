/**
 * The strategic goal catalog: the goals, objectives and performance measures of the plans RiskCycle records its
 * decisions against, loaded from the versioned files in {@code catalog/} and served under {@code /api/v1/goals}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategic goal catalog")
package org.riskcycle.catalog;
