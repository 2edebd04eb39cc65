/**
 * The embedded Camunda engine: the process application that deploys {@code processes/} and {@code forms/} under
 * stable resource names, and the engine settings RiskCycle relies on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engine")
package org.riskcycle.engine;
