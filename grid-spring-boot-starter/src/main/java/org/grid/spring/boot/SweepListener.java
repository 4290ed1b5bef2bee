package org.grid.spring.boot;

import java.time.Duration;
import org.grid.escalation.port.in.SweepResult;

/** Told of every scheduled deadline sweep (the meters record its duration); a bean of this type is called. */
@FunctionalInterface
public interface SweepListener {

  /**
   * Called after a sweep that returned.
   *
   * @param took how long the sweep took
   * @param result what it did
   */
  void swept(Duration took, SweepResult result);
}
