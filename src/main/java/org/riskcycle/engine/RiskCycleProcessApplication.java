package org.riskcycle.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.SpringBootProcessApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deploys the models in {@code processes/} and the forms in {@code forms/} under the names they have in the
 * repository ({@code processes/x.bpmn}, {@code forms/x.form}). The default scanner names a resource after its
 * location on the classpath, which differs between the IDE, {@code mvn test} and the fat jar
 * ({@code BOOT-INF/classes/...}); every such difference would create a new deployment version.
 */
@Configuration
public class RiskCycleProcessApplication extends SpringBootProcessApplication {

  static final List<String> DEPLOYED_FOLDERS = List.of("processes", "forms");
  private static final List<String> DEPLOYED_SUFFIXES = List.of(".bpmn", ".dmn", ".form");

  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  @Override
  public void createDeployment(String processArchiveName, DeploymentBuilder deployment) {
    for (String folder : DEPLOYED_FOLDERS) {
      for (Resource resource : modelsIn(folder)) {
        try (InputStream content = resource.getInputStream()) {
          deployment.addInputStream(folder + "/" + resource.getFilename(), content);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + folder + "/" + resource.getFilename(), e);
        }
      }
    }
  }

  private List<Resource> modelsIn(String folder) {
    try {
      return Arrays.stream(resolver.getResources("classpath*:" + folder + "/*"))
          .filter(resource -> resource.getFilename() != null
              && DEPLOYED_SUFFIXES.stream().anyMatch(resource.getFilename()::endsWith))
          .sorted(Comparator.comparing(Resource::getFilename))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list classpath folder " + folder, e);
    }
  }
}
