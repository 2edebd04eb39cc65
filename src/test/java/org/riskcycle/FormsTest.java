package org.riskcycle;

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
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.riskcycle.intelligence.AnalyticConfidence;
import org.riskcycle.intelligence.CollectionDiscipline;
import org.riskcycle.intelligence.Disposition;
import org.riskcycle.intelligence.EstimativeLikelihood;
import org.riskcycle.intelligence.HandlingCaveat;
import org.riskcycle.intelligence.Priority;
import org.riskcycle.intelligence.Rating;
import org.riskcycle.intelligence.SourceReliability;
import org.riskcycle.risk.Confidence;
import org.riskcycle.risk.DecisionLevel;
import org.riskcycle.risk.DecisionOutcome;
import org.riskcycle.risk.Domain;
import org.riskcycle.risk.Level;
import org.riskcycle.risk.Location;
import org.riskcycle.risk.Orientation;
import org.riskcycle.risk.ReviewOutcome;
import org.riskcycle.risk.ThreatCategory;
import org.riskcycle.risk.Treatment;

/**
 * The forms in {@code forms/} against the processes and the vocabularies: every user task of each cycle finds its
 * form, every form is one Tasklist 7.24 renders, and every fixed choice a form offers is a code the engine accepts,
 * by the vocabulary of its cycle.
 */
class FormsTest {

  private static final List<String> PROCESSES = List.of("processes/risk-management-cycle.bpmn",
      "processes/risk-treatment.bpmn", "processes/intelligence-cycle.bpmn", "processes/product-feedback.bpmn");

  private static final Map<String, Class<? extends Enum<?>>> RISK_VOCABULARY = new HashMap<>();
  private static final Map<String, Class<? extends Enum<?>>> INTELLIGENCE_VOCABULARY = new HashMap<>();

  static {
    for (String key : List.of("riskTolerance", "likelihood", "impact", "residualLikelihood", "residualImpact",
        "observedLikelihood", "observedImpact")) {
      RISK_VOCABULARY.put(key, Level.class);
    }
    RISK_VOCABULARY.put("confidence", Confidence.class);
    RISK_VOCABULARY.put("domains", Domain.class);
    RISK_VOCABULARY.put("locations", Location.class);
    RISK_VOCABULARY.put("decisionLevel", DecisionLevel.class);
    RISK_VOCABULARY.put("orientation", Orientation.class);
    RISK_VOCABULARY.put("threatCategory", ThreatCategory.class);
    RISK_VOCABULARY.put("treatment", Treatment.class);
    RISK_VOCABULARY.put("decisionOutcome", DecisionOutcome.class);
    RISK_VOCABULARY.put("reviewOutcome", ReviewOutcome.class);

    INTELLIGENCE_VOCABULARY.put("priority", Priority.class);
    INTELLIGENCE_VOCABULARY.put("handlingCaveat", HandlingCaveat.class);
    INTELLIGENCE_VOCABULARY.put("productCaveat", HandlingCaveat.class);
    INTELLIGENCE_VOCABULARY.put("discipline", CollectionDiscipline.class);
    INTELLIGENCE_VOCABULARY.put("sourceReliability", SourceReliability.class);
    INTELLIGENCE_VOCABULARY.put("disposition", Disposition.class);
    INTELLIGENCE_VOCABULARY.put("likelihood", EstimativeLikelihood.class);
    INTELLIGENCE_VOCABULARY.put("confidence", AnalyticConfidence.class);
    for (String key : List.of("relevance", "accuracy", "timeliness", "usefulness")) {
      INTELLIGENCE_VOCABULARY.put(key, Rating.class);
    }
  }

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyUserTaskReferencesADeployedFormByIdAtTheLatestVersion() throws IOException {
    Map<String, JsonNode> forms = forms();
    for (String process : PROCESSES) {
      for (StartEvent start : Bpmn.readModelFromFile(new File(process)).getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertThat(forms).as(start.getId()).containsKey(start.getCamundaFormRef());
        }
      }
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
  void everyFixedChoiceOfTheRiskCycleIsACodeOfItsVocabularyAndEveryCodeIsOffered() throws IOException {
    Set<String> forms = new TreeSet<>(formIdsOf(PROCESSES.get(0)));
    forms.addAll(formIdsOf(PROCESSES.get(1)));
    assertThat(checkChoices(forms, RISK_VOCABULARY)).as("choices checked")
        .isGreaterThanOrEqualTo(RISK_VOCABULARY.size());
  }

  @Test
  void everyFixedChoiceOfTheIntelligenceCycleIsACodeOfItsVocabularyAndEveryCodeIsOffered() throws IOException {
    Set<String> forms = new TreeSet<>(formIdsOf(PROCESSES.get(2)));
    forms.addAll(formIdsOf(PROCESSES.get(3)));
    assertThat(checkChoices(forms, INTELLIGENCE_VOCABULARY)).as("choices checked")
        .isGreaterThanOrEqualTo(INTELLIGENCE_VOCABULARY.size());
  }

  private Set<String> formIdsOf(String process) {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File(process));
    Set<String> ids = new TreeSet<>();
    model.getModelElementsByType(UserTask.class).forEach(task -> ids.add(task.getCamundaFormRef()));
    model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
        .filter(ref -> ref != null).forEach(ids::add);
    return ids;
  }

  private int checkChoices(Set<String> formIds, Map<String, Class<? extends Enum<?>>> vocabularyOfKey)
      throws IOException {
    int checked = 0;
    for (File file : formFiles()) {
      if (!formIds.contains(file.getName().replace(".form", ""))) {
        continue;
      }
      for (JsonNode field : fields(json.readTree(file).get("components"))) {
        Class<? extends Enum<?>> vocabulary = vocabularyOfKey.get(field.path("key").asText());
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
    return checked;
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
