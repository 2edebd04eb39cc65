package org.riskcycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.riskcycle.RiskCycleTest;
import org.springframework.beans.factory.annotation.Autowired;

@RiskCycleTest
class ProcessApplicationDeploymentTest {

  @Autowired
  RepositoryService repositoryService;

  /** The models and forms in the repository, named as the repository names them. */
  private static List<String> repositoryModels() throws IOException {
    try (Stream<Path> processes = Files.list(Path.of("processes")); Stream<Path> forms = Files.list(Path.of("forms"))) {
      return Stream.concat(processes, forms)
          .map(path -> path.getParent().getFileName() + "/" + path.getFileName())
          .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))
          .toList();
    }
  }

  @Test
  void deploysEveryModelAndFormUnderItsRepositoryName() throws IOException {
    Deployment deployment = repositoryService.createDeploymentQuery().deploymentName("riskcycle")
        .orderByDeploymentTime().desc().list().get(0);

    List<String> deployed = repositoryService.getDeploymentResources(deployment.getId()).stream()
        .map(Resource::getName).toList();

    assertThat(repositoryModels()).isNotEmpty();
    assertThat(deployed).containsExactlyInAnyOrderElementsOf(repositoryModels());
  }

  @Test
  void everyDecisionDeclaresAHistoryTimeToLive() {
    List<DecisionDefinition> decisions = repositoryService.createDecisionDefinitionQuery().latestVersion().list();

    assertThat(decisions).extracting(DecisionDefinition::getKey)
        .contains("RiskLevel", "RiskExceedsTolerance", "DecisionAuthority", "ReviewInterval");
    assertThat(decisions).allSatisfy(decision -> assertThat(decision.getHistoryTimeToLive()).isPositive());
  }
}
