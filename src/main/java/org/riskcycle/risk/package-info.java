/**
 * Risk management: the six-step cycle of <i>Vision and Strategy 2020</i> ("Managing Risk") as the processes
 * {@code riskManagementCycle} (one per assessment) and {@code riskTreatment} (one per risk), and the risk register they
 * write: assessments and their iterations, risks, scores over time, alternatives, decisions and reviews.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk management")
package org.riskcycle.risk;
