package org.riskcycle.access;

import org.riskcycle.configuration.InvalidConfigurationException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production the administrator's password comes from the environment and nowhere else. Checked before any bean
 * exists, so a missing secret stops startup before {@link AdministratorAccount} could create an administrator with
 * no password.
 */
@Component
@Profile("prod")
class ProductionSecrets implements BeanFactoryPostProcessor, EnvironmentAware {

  static final String ADMIN_PASSWORD = "riskcycle.admin.password";
  static final String ADMIN_PASSWORD_VARIABLE = "RISKCYCLE_ADMIN_PASSWORD";

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    String password = environment.getProperty(ADMIN_PASSWORD);
    if (password == null || password.isBlank()) {
      throw new InvalidConfigurationException(
          "The prod profile needs the administrator password in the environment variable "
              + ADMIN_PASSWORD_VARIABLE + ", and it is not set.",
          "Set " + ADMIN_PASSWORD_VARIABLE + " (and optionally RISKCYCLE_ADMIN_USER) and start again.");
    }
  }
}
