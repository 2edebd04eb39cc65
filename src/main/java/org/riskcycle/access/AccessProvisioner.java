package org.riskcycle.access;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.riskcycle.configuration.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the role groups, grants each exactly the authorizations its role needs and the shared Tasklist filters.
 * Runs at every start and only adds what is missing, so an administrator's later changes in Admin are kept.
 */
@Component
class AccessProvisioner implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(AccessProvisioner.class);

  static final String MY_GROUP_TASKS_FILTER = "My group tasks";
  static final String MY_TASKS_FILTER = "My tasks";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final TransactionTemplate transaction;
  private final StartupLock startupLock;
  private final AdministratorAccount administrator;
  private final ApplicationEventPublisher events;

  AccessProvisioner(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, TransactionTemplate transaction, StartupLock startupLock,
      AdministratorAccount administrator, ApplicationEventPublisher events) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.transaction = transaction;
    this.startupLock = startupLock;
    this.administrator = administrator;
    this.events = events;
  }

  @Override
  public void afterSingletonsInstantiated() {
    transaction.executeWithoutResult(status -> {
      startupLock.holdUntilTransactionEnds();
      for (Role role : Role.values()) {
        ensureGroup(role);
        grantsOf(role).forEach(grant -> ensureGrant(role.groupId(), grant));
      }
      administrator.ensure();
      ensureFilters();
    });
    log.info("Access provisioned: {} role groups", Role.values().length);
    events.publishEvent(new AccessProvisioned());
  }

  /** What a role group may do in the engine, beyond the task permissions candidate groups receive. */
  static List<Grant> grantsOf(Role role) {
    var grants = new ArrayList<Grant>();
    role.workplace().applications()
        .forEach(app -> grants.add(new Grant(Resources.APPLICATION, app, Permissions.ACCESS)));
    if (role.workplace().applications().contains("tasklist")) {
      grants.add(new Grant(Resources.FILTER, ANY, Permissions.READ));
      for (CycleProcess process : CycleProcess.values()) {
        grants.add(new Grant(Resources.PROCESS_DEFINITION, process.key(), Permissions.READ));
      }
    }
    if (!role.isPartner() && role.workplace() != Role.Workplace.NONE) {
      grants.add(new Grant(Resources.USER, ANY, Permissions.READ));
      grants.add(new Grant(Resources.GROUP, ANY, Permissions.READ));
    }
    if (!role.startableProcesses().isEmpty()) {
      grants.add(new Grant(Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE));
      for (CycleProcess process : role.startableProcesses()) {
        grants.add(new Grant(Resources.PROCESS_DEFINITION, process.key(), Permissions.READ,
            Permissions.CREATE_INSTANCE, Permissions.READ_INSTANCE, Permissions.READ_HISTORY));
      }
    }
    switch (role) {
      case RISK_MANAGERS, EXECUTIVES -> {
        for (CycleProcess process : CycleProcess.values()) {
          grants.add(new Grant(Resources.PROCESS_DEFINITION, process.key(), Permissions.READ,
              Permissions.READ_INSTANCE, Permissions.READ_HISTORY));
        }
        grants.add(new Grant(Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY));
      }
      case AUDITORS -> {
        grants.add(new Grant(Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
            Permissions.READ_HISTORY));
        grants.add(new Grant(Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY));
        grants.add(new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
        grants.add(new Grant(Resources.DEPLOYMENT, ANY, Permissions.READ));
        grants.add(new Grant(Resources.TASK, ANY, Permissions.READ));
        grants.add(new Grant(Resources.USER, ANY, Permissions.READ));
        grants.add(new Grant(Resources.GROUP, ANY, Permissions.READ));
      }
      case CAMUNDA_ADMIN -> {
        for (Resources resource : Resources.values()) {
          grants.add(new Grant(resource, ANY, Permissions.ALL));
        }
      }
      default -> { }
    }
    return grants;
  }

  /** One authorization: the permissions a group holds on a resource. */
  record Grant(Resource resource, String resourceId, Permission... permissions) {
  }

  private void ensureGroup(Role role) {
    if (identityService.createGroupQuery().groupId(role.groupId()).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(role.groupId());
    group.setName(role.displayName());
    group.setType(role == Role.CAMUNDA_ADMIN ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
    identityService.saveGroup(group);
  }

  private void ensureGrant(String groupId, Grant grant) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    } else if (hasAll(authorization, grant.permissions())) {
      return;
    }
    for (Permission permission : grant.permissions()) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  private static boolean hasAll(Authorization authorization, Permission[] permissions) {
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }

  private void ensureFilters() {
    ensureFilter(MY_TASKS_FILTER, -10, "Tasks assigned to me",
        taskQuery().taskAssigneeExpression("${currentUser()}"));
    ensureFilter(MY_GROUP_TASKS_FILTER, -5, "Tasks for my groups, claimed or not",
        taskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
  }

  private TaskQuery taskQuery() {
    return taskService.createTaskQuery();
  }

  private void ensureFilter(String name, int priority, String description, TaskQuery query) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filterService.newTaskFilter(name)
        .setProperties(Map.of("priority", priority, "description", description, "refresh", true))
        .setQuery(query);
    filterService.saveFilter(filter);
  }
}
