package org.riskcycle.configuration;

/** Startup cannot go on: {@code problem} says what is wrong and where, {@code action} how to fix it. */
public class InvalidConfigurationException extends RuntimeException {

  private final String action;

  public InvalidConfigurationException(String problem, String action) {
    super(problem);
    this.action = action;
  }

  public InvalidConfigurationException(String problem, String action, Throwable cause) {
    super(problem, cause);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
