package org.riskcycle.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.riskcycle.RiskCycleApplication;
import org.riskcycle.configuration.InvalidConfigurationException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class MalformedCatalogStartupTest {

  @Test
  void aMalformedCatalogFileStopsStartupNamingTheFileAndTheEntry(CapturedOutput output) {
    var application = new SpringApplicationBuilder(RiskCycleApplication.class);

    Throwable failure = catchThrowable(() -> application.run(
        "--server.port=0",
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--camunda.bpm.webapp.enabled=false",
        "--camunda.bpm.generate-unique-process-application-name=true",
        "--spring.datasource.url=jdbc:h2:mem:malformed-catalog",
        "--riskcycle.catalog.location=classpath*:malformed-catalog/*.yaml"));

    assertThat(Stream.iterate(failure, Objects::nonNull, Throwable::getCause))
        .anyMatch(InvalidConfigurationException.class::isInstance);

    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("Strategic goal catalog file catalog/duplicate-goal.yaml has a duplicate id: goal 1 appears twice");
  }
}
