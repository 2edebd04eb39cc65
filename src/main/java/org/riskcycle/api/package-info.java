/**
 * What every endpoint of the domain API under {@code /api} shares: errors as RFC 9457 problem details with stable
 * types, and never a stack trace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API")
package org.riskcycle.api;
