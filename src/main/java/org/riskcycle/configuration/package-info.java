/**
 * Startup checks of RiskCycle's configuration: a bad setting or data file stops startup with one clear message
 * naming what is wrong and where, and a non-zero exit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Configuration")
package org.riskcycle.configuration;
