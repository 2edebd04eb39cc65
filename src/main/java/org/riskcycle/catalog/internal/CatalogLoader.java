package org.riskcycle.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.riskcycle.catalog.Plan;
import org.riskcycle.configuration.InvalidConfigurationException;
import org.riskcycle.configuration.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the catalog files into the catalog tables at startup, all files in one transaction: a fault in any file
 * stops startup and leaves the tables as they were. Loading again changes only what the files changed.
 */
@Component
class CatalogLoader implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);

  private final String location;
  private final CatalogTables tables;
  private final TransactionTemplate transaction;
  private final StartupLock startupLock;
  private final CatalogFileReader reader = new CatalogFileReader();

  CatalogLoader(@Value("${riskcycle.catalog.location}") String location, CatalogTables tables,
      TransactionTemplate transaction, StartupLock startupLock) {
    this.location = location;
    this.tables = tables;
    this.transaction = transaction;
    this.startupLock = startupLock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    load();
  }

  void load() {
    Map<String, Plan> plansByFile = readFiles();
    transaction.executeWithoutResult(status -> {
      startupLock.holdUntilTransactionEnds();
      CatalogTables.Changes changes = new CatalogTables.Changes(0, 0, 0);
      int position = 0;
      for (Map.Entry<String, Plan> file : plansByFile.entrySet()) {
        changes = changes.plus(tables.write(file.getValue(), file.getKey(), position++));
      }
      int retiredPlans = tables.retirePlansOtherThan(
          plansByFile.values().stream().map(Plan::id).collect(Collectors.toSet()));
      log.info("Strategic goal catalog loaded from {} files: plans {}; {} entries added, {} updated, {} retired, "
              + "{} plans retired", plansByFile.size(), plansByFile.values().stream().map(Plan::id).toList(),
          changes.added(), changes.updated(), changes.retired(), retiredPlans);
    });
  }

  private Map<String, Plan> readFiles() {
    Map<String, Plan> plansByFile = new LinkedHashMap<>();
    Map<String, String> fileByPlanId = new HashMap<>();
    for (Resource resource : resources()) {
      String fileName = "catalog/" + resource.getFilename();
      Plan plan;
      try (InputStream content = resource.getInputStream()) {
        plan = reader.read(fileName, content);
      } catch (IOException e) {
        throw new InvalidConfigurationException("Strategic goal catalog file " + fileName + " cannot be read: "
            + e.getMessage(), "Check the file and start RiskCycle again.", e);
      }
      String other = fileByPlanId.putIfAbsent(plan.id(), fileName);
      if (other != null) {
        throw new InvalidConfigurationException("Strategic goal catalog file " + fileName
            + " has a duplicate id: plan " + plan.id() + " is already defined in " + other,
            "Give each plan one file and start RiskCycle again.");
      }
      plansByFile.put(fileName, plan);
    }
    if (plansByFile.isEmpty()) {
      throw new InvalidConfigurationException("No strategic goal catalog files found at " + location,
          "Set riskcycle.catalog.location to the catalog files (the default is classpath*:catalog/*.yaml).");
    }
    return plansByFile;
  }

  private List<Resource> resources() {
    try {
      return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(location))
          .sorted(Comparator.comparing(Resource::getFilename))
          .toList();
    } catch (IOException e) {
      throw new InvalidConfigurationException("Cannot list the strategic goal catalog files at " + location,
          "Set riskcycle.catalog.location to the catalog files.", e);
    }
  }
}
