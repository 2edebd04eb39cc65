package org.riskcycle.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.riskcycle.catalog.Plan;
import org.riskcycle.configuration.InvalidConfigurationException;

class CatalogFileReaderTest {

  private final CatalogFileReader reader = new CatalogFileReader();

  private static final String VALID = """
      plan:
        id: "TEST"
        title: "A test plan"
        source: "seed.txt"
        line: 1
      goals:
        - id: "1"
          title: "First goal"
          line: 10
          objectives:
            - id: "1.1"
              title: "First objective"
              line: 11
              measures:
                - id: "M1"
                  title: "A measure"
                  type: "Outcome"
                  line: 90
        - id: "2"
          title: "Second goal"
          line: 20
          objectives: []
      """;

  private Plan read(String yaml) {
    return reader.read("catalog/test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsAPlanWithPlanQualifiedIds() {
    Plan plan = read(VALID);

    assertThat(plan.id()).isEqualTo("TEST");
    assertThat(plan.goals()).extracting("id").containsExactly("TEST-1", "TEST-2");
    assertThat(plan.goals().get(0).objectives()).extracting("id").containsExactly("TEST-1.1");
    assertThat(plan.goals().get(0).objectives().get(0).measures()).extracting("id").containsExactly("TEST-1.1-M1");
    assertThat(plan.goals().get(0).objectives().get(0).source().line()).isEqualTo(11);
  }

  @Test
  void refusesADuplicateGoalIdNamingIt() {
    assertRefused(VALID.replace("id: \"2\"", "id: \"1\""), "catalog/test.yaml", "duplicate id", "goal 1");
  }

  @Test
  void refusesADuplicateObjectiveId() {
    String twice = VALID.replace("    objectives: []", String.join("\n",
        "    objectives:",
        "      - id: \"2.1\"",
        "        title: \"An objective\"",
        "        line: 21",
        "      - id: \"2.1\"",
        "        title: \"The same objective again\"",
        "        line: 22"));
    assertRefused(twice, "catalog/test.yaml", "duplicate id", "objective 2.1");
  }

  @Test
  void refusesAnObjectiveWithoutItsGoal() {
    assertRefused(VALID.replace("id: \"1.1\"", "id: \"3.1\""), "catalog/test.yaml", "objective 3.1",
        "belongs to goal 3");
  }

  @Test
  void refusesGoalsOfAnUnknownPlan() {
    assertRefused(VALID.substring(VALID.indexOf("goals:")), "catalog/test.yaml", "unknown plan");
  }

  @Test
  void refusesAnUnknownField() {
    assertRefused(VALID.replace("title: \"Second goal\"", "titel: \"Second goal\""), "catalog/test.yaml",
        "titel");
  }

  @Test
  void refusesAnEntryWithoutATitle() {
    assertRefused(VALID.replace("    title: \"Second goal\"\n", ""), "catalog/test.yaml", "goal 2", "title");
  }

  @Test
  void refusesAMeasureTypeThePlansDoNotUse() {
    assertRefused(VALID.replace("Outcome", "Vanity"), "catalog/test.yaml", "measure M1 of objective 1.1", "Vanity");
  }

  @Test
  void refusesAnEmptyFile() {
    assertRefused("", "catalog/test.yaml", "empty");
  }

  private void assertRefused(String yaml, String... messageParts) {
    assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(InvalidConfigurationException.class)
        .message().contains(messageParts);
  }
}
