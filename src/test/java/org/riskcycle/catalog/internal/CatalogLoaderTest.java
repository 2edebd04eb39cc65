package org.riskcycle.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riskcycle.RiskCycleTest;
import org.riskcycle.catalog.GoalCatalog;
import org.riskcycle.configuration.StartupLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@RiskCycleTest
class CatalogLoaderTest {

  @Autowired
  CatalogLoader startupLoader;

  @Autowired
  CatalogTables tables;

  @Autowired
  TransactionTemplate transaction;

  @Autowired
  StartupLock startupLock;

  @Autowired
  GoalCatalog catalog;

  @Autowired
  JdbcClient jdbc;

  @Value("${riskcycle.catalog.location}")
  String catalogLocation;

  @TempDir
  Path folder;

  @AfterEach
  void restoreTheShippedCatalog() {
    startupLoader.load();
  }

  private long rows(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  @Test
  void loadingAgainDuplicatesNothing() {
    long goals = rows("catalog_goal");
    long objectives = rows("catalog_objective");
    long measures = rows("catalog_measure");

    startupLoader.load();
    startupLoader.load();

    assertThat(rows("catalog_goal")).isEqualTo(goals).isEqualTo(16);
    assertThat(rows("catalog_objective")).isEqualTo(objectives).isEqualTo(40);
    assertThat(rows("catalog_measure")).isEqualTo(measures).isEqualTo(18);
  }

  @Test
  void findsAnObjectiveWithItsMeasuresAndSource() {
    var objective = catalog.objective("OFO2007-4.2").orElseThrow();

    assertThat(objective.goalId()).isEqualTo("OFO2007-4");
    assertThat(objective.title()).isEqualTo("Improve physical security controls at ports of entry.");
    assertThat(objective.source().file()).isEqualTo("003_a40d9d821c951f2b.txt");
    assertThat(objective.measures()).extracting("id").containsExactly("OFO2007-4.2-M1", "OFO2007-4.2-M2");
    assertThat(catalog.objective("OFO2007-9.9")).isEmpty();
  }

  @Test
  void anEditedFileUpdatesItsEntriesAndRetiresRemovedOnes() throws IOException {
    String shipped = new ClassPathResource("catalog/bsip-2018.yaml").getContentAsString(StandardCharsets.UTF_8);
    String edited = shipped
        .replace("Strengthen enforcement operations at the border", "Strengthen enforcement operations")
        .replaceAll("(?s)  - id: \"3\".*", "");
    for (String file : new String[] {"vision-2020.yaml", "ofo-2007-2011.yaml", "opioids.yaml"}) {
      Files.writeString(folder.resolve(file),
          new ClassPathResource("catalog/" + file).getContentAsString(StandardCharsets.UTF_8));
    }
    Files.writeString(folder.resolve("bsip-2018.yaml"), edited);

    new CatalogLoader("file:" + folder + "/*.yaml", tables, transaction, startupLock).load();

    assertThat(rows("catalog_goal")).isEqualTo(16);
    assertThat(catalog.goal("BSIP2018-2").orElseThrow().title()).isEqualTo("Strengthen enforcement operations");
    assertThat(catalog.goal("BSIP2018-3").orElseThrow().retired()).isTrue();
    assertThat(catalog.plans().stream().filter(plan -> plan.id().equals("BSIP2018")).findFirst().orElseThrow()
        .goals()).extracting("id").containsExactly("BSIP2018-1", "BSIP2018-2");

    startupLoader.load();

    assertThat(catalog.goal("BSIP2018-2").orElseThrow().title())
        .isEqualTo("Strengthen enforcement operations at the border");
    assertThat(catalog.goal("BSIP2018-3").orElseThrow().retired()).isFalse();
  }
}
