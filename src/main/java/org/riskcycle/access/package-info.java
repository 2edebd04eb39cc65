/**
 * Who may do what: the role groups, their Camunda authorizations and Tasklist filters, the demo users, and HTTP
 * security for the engine REST API, the domain API and the operational endpoints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.riskcycle.access;
