/**
 * The embedded Camunda engine: the process application that deploys {@code processes/} and {@code forms/} under
 * stable resource names, the engine settings RiskCycle relies on, and what every cycle's task listeners share: reading
 * and checking a completion's variables ({@link org.riskcycle.engine.TaskInput}), refusing it with the fields at fault
 * ({@link org.riskcycle.engine.InvalidTaskInput}), structured variables as {@code Json}, who acted, and the engine's
 * clock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engine")
package org.riskcycle.engine;
