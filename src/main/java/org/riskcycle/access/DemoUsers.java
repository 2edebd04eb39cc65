package org.riskcycle.access;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.riskcycle.configuration.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One demo user per role (two where members check each other's work), so that a fresh RiskCycle can be tried at
 * once. Never in production. The password of a demo user is its user id.
 */
@Component
@Profile("!prod")
class DemoUsers {

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;
  private final TransactionTemplate transaction;
  private final StartupLock startupLock;

  DemoUsers(IdentityService identityService, TransactionTemplate transaction, StartupLock startupLock) {
    this.identityService = identityService;
    this.transaction = transaction;
    this.startupLock = startupLock;
  }

  @EventListener
  void on(AccessProvisioned provisioned) {
    transaction.executeWithoutResult(status -> {
      startupLock.holdUntilTransactionEnds();
      for (Role role : Role.values()) {
        role.demoUserIds().forEach(userId -> ensureUser(role, userId));
      }
    });
    log.info("Demo users (password = user id):\n{}", table());
  }

  private void ensureUser(Role role, String userId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName("Demo");
      user.setLastName(role.displayName());
      user.setEmail(userId + "@riskcycle.example");
      user.setPassword(userId);
      identityService.saveUser(user);
    }
    if (identityService.createGroupQuery().groupMember(userId).groupId(role.groupId()).count() == 0) {
      identityService.createMembership(userId, role.groupId());
    }
  }

  static String table() {
    return Arrays.stream(Role.values())
        .flatMap(role -> role.demoUserIds().stream()
            .map(userId -> String.format("  %-15s %-24s %s", userId, role.groupId(), role.responsibility())))
        .collect(Collectors.joining("\n"));
  }
}
