package org.riskcycle.engine;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Flyway owns the whole schema: Camunda's through {@link CamundaSchemaMigration}, RiskCycle's through its scripts. */
@Configuration
class EngineSchemaConfiguration {

  @Bean
  FlywayConfigurationCustomizer camundaSchema() {
    return configuration -> configuration.javaMigrations(new CamundaSchemaMigration());
  }
}
