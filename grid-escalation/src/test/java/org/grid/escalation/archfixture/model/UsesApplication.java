package org.grid.escalation.archfixture.model;

import org.grid.escalation.archfixture.port.out.NotAnInterface;

/** A deliberate violation: model code depending on a port. Used only to prove the rule can fail. */
final class UsesApplication {
  NotAnInterface port;
}
