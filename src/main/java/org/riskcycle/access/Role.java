package org.riskcycle.access;

import static org.riskcycle.access.CycleProcess.INTELLIGENCE;
import static org.riskcycle.access.CycleProcess.RISK_MANAGEMENT;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The role groups of RiskCycle, defined here and nowhere else. Each is a Camunda group of the same id; user tasks
 * name these ids as candidate groups.
 */
public enum Role {
  PLANNERS("planners", "Planners", "Define decision contexts, identify risks and develop alternatives",
      "planner", Workplace.TASKLIST, EnumSet.of(RISK_MANAGEMENT)),
  RISK_ANALYSTS("risk-analysts", "Risk analysts", "Analyze and assess identified risks",
      "analyst", Workplace.TASKLIST, EnumSet.noneOf(CycleProcess.class)),
  RISK_MANAGERS("risk-managers", "Risk managers", "Decide among alternatives and monitor risk decisions",
      "riskmanager", Workplace.TASKLIST_AND_COCKPIT, EnumSet.noneOf(CycleProcess.class)),
  EXECUTIVES("executives", "Executives", "Decision authorities for risks above the managers' authority",
      "executive", Workplace.TASKLIST_AND_COCKPIT, EnumSet.noneOf(CycleProcess.class)),
  INTEL_PLANNERS("intel-planners", "Intelligence planners", "Plan and direct intelligence requirements",
      "intelplanner", Workplace.TASKLIST, EnumSet.of(INTELLIGENCE)),
  COLLECTION_MANAGERS("collection-managers", "Collection managers", "Task assets and partners to collect",
      "collector", Workplace.TASKLIST, EnumSet.noneOf(CycleProcess.class)),
  INTEL_ANALYSTS("intel-analysts", "Intelligence analysts", "Process, analyze and produce finished intelligence",
      "intelanalyst", Workplace.TASKLIST, EnumSet.noneOf(CycleProcess.class)),
  RELEASE_OFFICERS("release-officers", "Release officers", "Authorize dissemination of intelligence products",
      "releaseofficer", Workplace.TASKLIST, EnumSet.noneOf(CycleProcess.class)),
  PARTNER_FEDERAL("partner-federal", "Federal partners", "Receive products and give feedback",
      "federal", Workplace.TASKLIST, EnumSet.noneOf(CycleProcess.class)),
  PARTNER_STATE("partner-state", "State partners", "Receive products and give feedback",
      "state", Workplace.TASKLIST, EnumSet.noneOf(CycleProcess.class)),
  PARTNER_LOCAL("partner-local", "Local partners", "Receive products and give feedback",
      "local", Workplace.TASKLIST, EnumSet.noneOf(CycleProcess.class)),
  PARTNER_TRIBAL("partner-tribal", "Tribal partners", "Receive products and give feedback",
      "tribal", Workplace.TASKLIST, EnumSet.noneOf(CycleProcess.class)),
  PARTNER_TERRITORIAL("partner-territorial", "Territorial partners", "Receive products and give feedback",
      "territorial", Workplace.TASKLIST, EnumSet.noneOf(CycleProcess.class)),
  PARTNER_INTERNATIONAL("partner-international", "International partners", "Receive products and give feedback",
      "international", Workplace.TASKLIST, EnumSet.noneOf(CycleProcess.class)),
  PARTNER_PRIVATE_SECTOR("partner-private-sector", "Private sector partners", "Receive products and give feedback",
      "privatesector", Workplace.TASKLIST, EnumSet.noneOf(CycleProcess.class)),
  INTEGRATORS("integrators", "Integrators", "Start processes and read results over REST",
      "integrator", Workplace.NONE, EnumSet.of(RISK_MANAGEMENT, INTELLIGENCE)),
  AUDITORS("auditors", "Auditors", "Read history; change nothing",
      "auditor", Workplace.COCKPIT, EnumSet.noneOf(CycleProcess.class)),
  CAMUNDA_ADMIN("camunda-admin", "Administrators", "Administer users, groups, authorizations and the engine",
      "admin", Workplace.ALL, EnumSet.noneOf(CycleProcess.class));

  /** The Camunda webapps a role works in. */
  public enum Workplace {
    NONE(Set.of()),
    TASKLIST(Set.of("tasklist")),
    COCKPIT(Set.of("cockpit")),
    TASKLIST_AND_COCKPIT(Set.of("tasklist", "cockpit")),
    ALL(Set.of("tasklist", "cockpit", "admin"));

    private final Set<String> applications;

    Workplace(Set<String> applications) {
      this.applications = applications;
    }

    public Set<String> applications() {
      return applications;
    }
  }

  private final String groupId;
  private final String displayName;
  private final String responsibility;
  private final String demoUserId;
  private final Workplace workplace;
  private final Set<CycleProcess> startableProcesses;

  Role(String groupId, String displayName, String responsibility, String demoUserId, Workplace workplace,
      Set<CycleProcess> startableProcesses) {
    this.groupId = groupId;
    this.displayName = displayName;
    this.responsibility = responsibility;
    this.demoUserId = demoUserId;
    this.workplace = workplace;
    this.startableProcesses = startableProcesses;
  }

  public String groupId() {
    return groupId;
  }

  public String displayName() {
    return displayName;
  }

  public String responsibility() {
    return responsibility;
  }

  public String demoUserId() {
    return demoUserId;
  }

  /**
   * The demo users of the role: two where the engine keeps a member from checking their own work (a requirement's
   * approval, a product's peer review), so that the demo can walk the whole cycle.
   */
  public List<String> demoUserIds() {
    return this == INTEL_PLANNERS || this == INTEL_ANALYSTS ? List.of(demoUserId, demoUserId + "2")
        : List.of(demoUserId);
  }

  public Workplace workplace() {
    return workplace;
  }

  public Set<CycleProcess> startableProcesses() {
    return startableProcesses;
  }

  public boolean isPartner() {
    return groupId.startsWith("partner-");
  }

  public static Optional<Role> ofGroup(String groupId) {
    return Arrays.stream(values()).filter(role -> role.groupId.equals(groupId)).findFirst();
  }

  /** The groups that read the risk register over the API: those who take part in or oversee risk decisions. */
  public static String[] riskRegisterReaders() {
    return EnumSet.of(PLANNERS, RISK_ANALYSTS, RISK_MANAGERS, EXECUTIVES, INTEGRATORS, AUDITORS, CAMUNDA_ADMIN)
        .stream().map(Role::groupId).toArray(String[]::new);
  }

  /** The groups that watch the state of risk and intelligence on the managers' dashboard. */
  public static String[] dashboardViewers() {
    return EnumSet.of(RISK_MANAGERS, EXECUTIVES, AUDITORS).stream().map(Role::groupId).toArray(String[]::new);
  }

  /** The groups that may report new information about a risk over the API, re-opening its assessment. */
  public static String[] riskInformationReporters() {
    return EnumSet.of(PLANNERS, RISK_ANALYSTS, INTEGRATORS, CAMUNDA_ADMIN).stream().map(Role::groupId)
        .toArray(String[]::new);
  }

  /** The groups that read intelligence requirements: those who work the intelligence cycle or oversee the cycles. */
  public static String[] intelligenceReaders() {
    return EnumSet.of(INTEL_PLANNERS, COLLECTION_MANAGERS, INTEL_ANALYSTS, RELEASE_OFFICERS, RISK_MANAGERS,
        EXECUTIVES, INTEGRATORS, AUDITORS, CAMUNDA_ADMIN).stream().map(Role::groupId).toArray(String[]::new);
  }

  /** The groups that raise intelligence requirements over the API (the engine also checks who may start a cycle). */
  public static String[] requirementRaisers() {
    return EnumSet.of(INTEL_PLANNERS, INTEGRATORS, CAMUNDA_ADMIN).stream().map(Role::groupId)
        .toArray(String[]::new);
  }

  /** The groups that read released products: the intelligence readers, and partners (only what they received). */
  public static String[] productReaders() {
    return Stream.concat(Arrays.stream(intelligenceReaders()), Arrays.stream(partnerGroupIds()))
        .toArray(String[]::new);
  }

  /** The groups that subscribe to webhooks: the systems that integrate with RiskCycle. */
  public static String[] webhookSubscribers() {
    return new String[] {INTEGRATORS.groupId(), CAMUNDA_ADMIN.groupId()};
  }

  public static String[] partnerGroupIds() {
    return Arrays.stream(values()).filter(Role::isPartner).map(Role::groupId).toArray(String[]::new);
  }

  public static String[] groupIds() {
    return Arrays.stream(values()).map(Role::groupId).toArray(String[]::new);
  }
}
