package org.riskcycle.access;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The administrator RiskCycle creates at first start, in group {@code camunda-admin} (which may do everything):
 * {@code riskcycle.admin.user} with {@code riskcycle.admin.password} (in production only from the environment). An
 * existing administrator is left as it is: its password is changed in Admin, not by configuration.
 */
@Component
class AdministratorAccount {

  private final IdentityService identityService;
  private final String userId;
  private final String initialPassword;

  AdministratorAccount(IdentityService identityService, @Value("${riskcycle.admin.user-id}") String userId,
      @Value("${riskcycle.admin.initial-password}") String initialPassword) {
    this.identityService = identityService;
    this.userId = userId;
    this.initialPassword = initialPassword;
  }

  /** Creates the administrator if missing; part of the provisioning transaction. */
  void ensure() {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName("RiskCycle");
      user.setLastName("Administrator");
      user.setPassword(initialPassword);
      identityService.saveUser(user);
    }
    if (identityService.createGroupQuery().groupMember(userId).groupId(Role.CAMUNDA_ADMIN.groupId()).count() == 0) {
      identityService.createMembership(userId, Role.CAMUNDA_ADMIN.groupId());
    }
  }
}
