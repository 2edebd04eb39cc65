package org.riskcycle.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time of the engine's clock, which its timers and due dates follow (and which tests move): every date the cycles
 * compare with "today" comes from here.
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

  /** When something due on {@code day} becomes overdue: the start of the next day, for timers and due dates. */
  public static Date startOfDayAfter(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
