package org.riskcycle.api;

import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Engine work that another user's change to the same process can make fail at commit. The failed attempt has been
 * rolled back, so it is safe to make again; a request that still loses after a few attempts answers 409.
 */
public final class ConcurrentChanges {

  private static final int ATTEMPTS = 4;

  private ConcurrentChanges() {
  }

  /** Runs {@code work} in the engine's own transaction, again after a short random pause if it lost a race. */
  public static void retried(Runnable work) {
    for (int attempt = 1; ; attempt++) {
      try {
        work.run();
        return;
      } catch (OptimisticLockingException lost) {
        if (attempt == ATTEMPTS) {
          throw new ProblemException(ProblemType.CONFLICT, "Others changed the same process at the same time; try"
              + " again");
        }
        pause(attempt);
      }
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(10L * attempt, 50L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProblemException(ProblemType.CONFLICT, "Interrupted while waiting to try again");
    }
  }
}
