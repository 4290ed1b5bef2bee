package org.grid.escalation.archfixture.port.out;

/** A deliberate violation: a class in a port.out package. Used only to prove the rule can fail. */
public final class NotAnInterface {}
