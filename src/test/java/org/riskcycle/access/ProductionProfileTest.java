package org.riskcycle.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.riskcycle.RiskCycleApplication;
import org.riskcycle.configuration.InvalidConfigurationException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTest {

  /** Runs RiskCycle in production mode on an in-memory database; arguments take precedence over every file. */
  private static ConfigurableApplicationContext runProduction(String database, String... arguments) {
    return new SpringApplicationBuilder(RiskCycleApplication.class).run(Stream.concat(Stream.of(
            "--spring.profiles.active=prod",
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:" + database,
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--camunda.bpm.webapp.enabled=false",
            "--camunda.bpm.generate-unique-process-application-name=true"), Stream.of(arguments))
        .toArray(String[]::new));
  }

  @Test
  void refusesToStartWithoutTheAdministratorPassword(CapturedOutput output) {
    Throwable failure = catchThrowable(() -> runProduction("prod-without-secret"));

    assertThat(Stream.iterate(failure, Objects::nonNull, Throwable::getCause))
        .anyMatch(InvalidConfigurationException.class::isInstance);
    assertThat(output).contains("APPLICATION FAILED TO START").contains(
        "The prod profile needs the administrator password in the environment variable RISKCYCLE_ADMIN_PASSWORD,"
            + " and it is not set.");
  }

  @Test
  void startsWithTheAdministratorFromTheEnvironmentAndNoDemoUsers() {
    try (ConfigurableApplicationContext context = runProduction("prod-with-secret",
        "--riskcycle.admin.user=chief", "--riskcycle.admin.password=s3cret-from-env")) {
      IdentityService identity = context.getBean(IdentityService.class);

      assertThat(identity.checkPassword("chief", "s3cret-from-env")).isTrue();
      assertThat(identity.createGroupQuery().groupMember("chief").groupId(Role.CAMUNDA_ADMIN.groupId()).count())
          .isOne();
      assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("chief");
      assertThat(identity.createGroupQuery().count()).isEqualTo(Role.values().length);
    }
  }

  @Test
  void startsWithEveryHardeningSettingOn() {
    try (ConfigurableApplicationContext context = runProduction("prod-hardened",
        "--riskcycle.admin.password=s3cret-from-env")) {
      ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) context.getBean(ProcessEngine.class)
          .getProcessEngineConfiguration();
      assertThat(engine.isAuthorizationEnabled()).as("authorization").isTrue();
      assertThat(engine.isJavaSerializationFormatEnabled()).as("Java serialization of variables").isFalse();
      assertThat(engine.isDeserializationTypeValidationEnabled()).as("deserialization type validation").isTrue();
      assertThat(engine.getDatabaseSchemaUpdate()).as("engine schema update").isEqualTo("false");
      assertThat(engine.getHistoryRemovalTimeStrategy()).isEqualTo("end");
      assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
      assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
          .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
              .isNotNull());
      assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
          .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
              .isNotNull());

      CamundaBpmProperties camunda = context.getBean(CamundaBpmProperties.class);
      assertThat(camunda.getWebapp().getSessionCookie().isEnableSecureCookie()).isTrue();
      assertThat(camunda.getWebapp().getSessionCookie().isEnableSameSiteCookie()).isTrue();
      assertThat(camunda.getWebapp().getCsrf().isEnableSecureCookie()).isTrue();
      assertThat(camunda.getWebapp().getHeaderSecurity().isHstsDisabled()).isFalse();

      Environment environment = context.getEnvironment();
      assertThat(environment.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
      assertThat(environment.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
      assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("strict");
      assertThat(environment.getProperty("spring.h2.console.enabled")).isEqualTo("false");
      assertThat(environment.getProperty("riskcycle.webhooks.allow-private-networks")).isEqualTo("false");
      assertThat(environment.getProperty("management.endpoints.web.exposure.include")).contains("prometheus");
      assertThat(context.getBeansOfType(DemoUsers.class)).as("demo users").isEmpty();
    }
  }
}
