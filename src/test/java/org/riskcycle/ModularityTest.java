package org.riskcycle;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

  private final ApplicationModules modules = ApplicationModules.of(RiskCycleApplication.class);

  @Test
  void modulesDependOnlyOnEachOthersPublicTypesWithoutCycles() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
        .writeDocumentation();
  }
}
