/**
 * The managers' dashboard at {@code /dashboard}: the state of risk and intelligence at a glance for risk managers,
 * executives and auditors, computed from the registers and the engine's history. The page and its assets are served
 * by RiskCycle itself; the risk and intelligence modules serve their own figures under {@code /dashboard/data}, this
 * module the page, the sign-in and the tasks past their due date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.riskcycle.dashboard;
