package org.riskcycle.intelligence;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.riskcycle.access.Role;
import org.riskcycle.configuration.InvalidConfigurationException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The highest handling caveat each partner group may receive ({@code riskcycle.intelligence.partner-markings}): a
 * release to a group above it is refused. Every partner group must have one, or RiskCycle does not start.
 */
@Component
public class PartnerMarkings {

  static final String PROPERTY = "riskcycle.intelligence.partner-markings";

  private final Map<Role, HandlingCaveat> highest;

  PartnerMarkings(Environment environment) {
    Map<String, String> configured = Binder.get(environment)
        .bind(PROPERTY, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    this.highest = read(configured);
  }

  static Map<Role, HandlingCaveat> read(Map<String, String> configured) {
    Map<Role, HandlingCaveat> highest = new EnumMap<>(Role.class);
    for (Map.Entry<String, String> entry : configured.entrySet()) {
      Role group = Role.ofGroup(entry.getKey()).filter(Role::isPartner).orElseThrow(() ->
          new InvalidConfigurationException(PROPERTY + "." + entry.getKey() + " names no partner group",
              "Use the partner group ids: " + partnerGroupIds()));
      HandlingCaveat caveat = Arrays.stream(HandlingCaveat.values())
          .filter(c -> c.name().equals(entry.getValue())).findFirst().orElseThrow(() ->
              new InvalidConfigurationException(PROPERTY + "." + entry.getKey() + " is '" + entry.getValue()
                  + "', not a handling caveat", "Use one of " + Arrays.toString(HandlingCaveat.values())));
      highest.put(group, caveat);
    }
    String missing = Arrays.stream(Role.values()).filter(Role::isPartner).filter(r -> !highest.containsKey(r))
        .map(Role::groupId).collect(Collectors.joining(", "));
    if (!missing.isEmpty()) {
      throw new InvalidConfigurationException(PROPERTY + " gives no highest marking for " + missing,
          "Give every partner group the highest handling caveat it may receive");
    }
    return highest;
  }

  /** The highest caveat the group may receive, if it is a partner group. */
  public Optional<HandlingCaveat> highestFor(String groupId) {
    return Role.ofGroup(groupId).map(highest::get);
  }

  /** Every partner group with its highest caveat, in the order of {@link Role}. */
  public Map<Role, HandlingCaveat> all() {
    return new LinkedHashMap<>(highest);
  }

  private static String partnerGroupIds() {
    return Arrays.stream(Role.values()).filter(Role::isPartner).map(Role::groupId).collect(Collectors.joining(", "));
  }
}
