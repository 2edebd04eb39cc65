package org.riskcycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * At least 90 % of the flow nodes and of the sequence flows of each process are covered by the process
 * tests, as recorded by camunda-process-test-coverage in {@code target/process-test-coverage/} (the HTML reports show
 * which). Runs after every other test class.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageTest {

  private static final Path REPORTS = Path.of("target/process-test-coverage");
  private static final List<String> PROCESS_TESTS = List.of("org.riskcycle.risk.RiskManagementCycleProcessTest",
      "org.riskcycle.risk.RiskTreatmentProcessTest", "org.riskcycle.risk.RiskCycleWalkthroughTest",
      "org.riskcycle.intelligence.IntelligenceCycleProcessTest", "org.riskcycle.intelligence.IntelligenceRiskLoopTest",
      "org.riskcycle.intelligence.ProductFeedbackProcessTest");
  private static final double MINIMUM = 0.9;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"riskManagementCycle", "riskTreatment", "intelligenceCycle", "productFeedback"})
  void processTestsCoverTheModel(String processKey) throws IOException {
    BpmnModelInstance model = null;
    Set<String> covered = new HashSet<>();
    for (String testClass : PROCESS_TESTS) {
      JsonNode report = new ObjectMapper().readTree(REPORTS.resolve(testClass).resolve("report.json").toFile());
      for (JsonNode reported : report.get("models")) {
        if (reported.get("key").asText().equals(processKey)) {
          model = Bpmn.readModelFromStream(
              new ByteArrayInputStream(reported.get("xml").asText().getBytes(StandardCharsets.UTF_8)));
        }
      }
      for (JsonNode event : report.findValues("events").stream().flatMap(ProcessCoverageTest::stream).toList()) {
        if (event.get("modelKey").asText().equals(processKey)) {
          covered.add(event.get("definitionKey").asText());
        }
      }
    }
    assertThat(model).as("a coverage report of " + processKey + " (run the process tests first)").isNotNull();

    assertThat(coverage(model.getModelElementsByType(FlowNode.class), covered)).as("flow node coverage of "
        + processKey + ", missing " + missing(model.getModelElementsByType(FlowNode.class), covered))
        .isGreaterThanOrEqualTo(MINIMUM);
    assertThat(coverage(model.getModelElementsByType(SequenceFlow.class), covered)).as("sequence flow coverage of "
        + processKey + ", missing " + missing(model.getModelElementsByType(SequenceFlow.class), covered))
        .isGreaterThanOrEqualTo(MINIMUM);
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }

  private static double coverage(Collection<? extends BaseElement> elements, Set<String> covered) {
    return (double) elements.stream().filter(element -> covered.contains(element.getId())).count() / elements.size();
  }

  private static List<String> missing(Collection<? extends BaseElement> elements, Set<String> covered) {
    return elements.stream().map(BaseElement::getId).filter(id -> !covered.contains(id)).toList();
  }
}
