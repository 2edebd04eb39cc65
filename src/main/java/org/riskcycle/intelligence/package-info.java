/**
 * Intelligence: the five-step intelligence cycle of <i>Vision and Strategy 2020</i> (Objective 1.B) as the process
 * {@code intelligenceCycle}, one per intelligence requirement, and the intelligence register it writes: requirements,
 * collection, processing, products (every version), releases, recipients and feedback. Released products linked to
 * risks re-open their assessments; a risk decider's question starts a cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intelligence")
package org.riskcycle.intelligence;
