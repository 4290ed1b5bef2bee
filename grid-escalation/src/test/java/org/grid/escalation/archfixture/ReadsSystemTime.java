package org.grid.escalation.archfixture;

import java.time.Instant;

/** A deliberate violation: rule code reading the system time. Used only to prove the rule can fail. */
final class ReadsSystemTime {
  Instant now() {
    return Instant.now();
  }
}
