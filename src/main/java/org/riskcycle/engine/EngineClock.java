package org.riskcycle.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time of the engine's clock, which its timers and due dates follow (and which tests move): every date the risk
 * cycle compares with "today" comes from here.
 */
public final class EngineClock {

  private EngineClock() {
  }

  public static Instant now() {
    return ClockUtil.now().toInstant();
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(now(), ZoneId.systemDefault());
  }
}
