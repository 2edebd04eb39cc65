package org.riskcycle.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The forms in {@code forms/} against the processes and the vocabularies: every user task of the risk cycle finds its
 * form, every form is one Tasklist 7.24 renders, and every fixed choice a form offers is a code the engine accepts.
 */
class RiskCycleFormsTest {

  private static final List<String> PROCESSES =
      List.of("processes/risk-management-cycle.bpmn", "processes/risk-treatment.bpmn");

  private static final Map<String, Class<? extends Enum<?>>> VOCABULARY_OF_KEY = new HashMap<>();

  static {
    for (String key : List.of("riskTolerance", "likelihood", "impact", "residualLikelihood", "residualImpact",
        "observedLikelihood", "observedImpact")) {
      VOCABULARY_OF_KEY.put(key, Level.class);
    }
    VOCABULARY_OF_KEY.put("confidence", Confidence.class);
    VOCABULARY_OF_KEY.put("domains", Domain.class);
    VOCABULARY_OF_KEY.put("locations", Location.class);
    VOCABULARY_OF_KEY.put("decisionLevel", DecisionLevel.class);
    VOCABULARY_OF_KEY.put("orientation", Orientation.class);
    VOCABULARY_OF_KEY.put("threatCategory", ThreatCategory.class);
    VOCABULARY_OF_KEY.put("treatment", Treatment.class);
    VOCABULARY_OF_KEY.put("decisionOutcome", DecisionOutcome.class);
    VOCABULARY_OF_KEY.put("reviewOutcome", ReviewOutcome.class);
  }

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyUserTaskReferencesADeployedFormByIdAtTheLatestVersion() throws IOException {
    Map<String, JsonNode> forms = forms();
    StartEvent start = Bpmn.readModelFromFile(new File(PROCESSES.get(0))).getModelElementById(
        "StartEvent_AssessmentRequested");
    assertThat(forms).containsKey(start.getCamundaFormRef());
    for (String process : PROCESSES) {
      for (UserTask task : Bpmn.readModelFromFile(new File(process)).getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaFormRef()).as(task.getId()).isNotNull();
        assertThat(forms).as(task.getId() + " in " + process).containsKey(task.getCamundaFormRef());
        assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("latest");
      }
    }
  }

  @Test
  void everyFormIsOneTasklistRendersNamedAfterItsFile() throws IOException {
    for (File file : formFiles()) {
      JsonNode form = json.readTree(file);
      assertThat(form.get("id").asText()).as(file.getName()).isEqualTo(file.getName().replace(".form", ""));
      assertThat(form.get("schemaVersion").asInt()).as(file.getName()).isBetween(1, 16);
      assertThat(form.get("type").asText()).isEqualTo("default");
    }
  }

  @Test
  void everyFixedChoiceIsACodeOfItsVocabularyAndEveryCodeIsOffered() throws IOException {
    int checked = 0;
    for (File file : formFiles()) {
      for (JsonNode field : fields(json.readTree(file).get("components"))) {
        Class<? extends Enum<?>> vocabulary = VOCABULARY_OF_KEY.get(field.path("key").asText());
        if (vocabulary == null || !field.has("values")) {
          continue;
        }
        Set<String> offered = new TreeSet<>();
        field.get("values").forEach(option -> offered.add(option.get("value").asText()));
        Set<String> codes = new TreeSet<>(Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList());
        assertThat(offered).as(file.getName() + " " + field.get("key").asText()).isEqualTo(codes);
        checked++;
      }
    }
    assertThat(checked).as("choices checked").isGreaterThanOrEqualTo(VOCABULARY_OF_KEY.size());
  }

  private Map<String, JsonNode> forms() throws IOException {
    Map<String, JsonNode> forms = new HashMap<>();
    for (File file : formFiles()) {
      JsonNode form = json.readTree(file);
      forms.put(form.get("id").asText(), form);
    }
    return forms;
  }

  private static List<File> formFiles() {
    File[] files = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
    assertThat(files).isNotEmpty();
    return Arrays.stream(files).sorted().toList();
  }

  private static List<JsonNode> fields(JsonNode components) {
    List<JsonNode> fields = new ArrayList<>();
    if (components != null) {
      for (JsonNode component : components) {
        fields.add(component);
        fields.addAll(fields(component.get("components")));
      }
    }
    return fields;
  }
}
