/**
 * The request model (section 5 of the rulebook): the {@link org.grid.escalation.model.Request} aggregate with
 * its four forms ({@link org.grid.escalation.model.Form}), tiers, states and append-only history; the policy of
 * time limits ({@link org.grid.escalation.model.EscalationPolicy}); the work calendar; the sealed families of
 * outcomes ({@link org.grid.escalation.model.CommandOutcome}) and events ({@link
 * org.grid.escalation.model.RequestEvent}).
 *
 * <p>Rule code here is pure: it reads no clock and does no I/O and no logging; the current instant, calendar and
 * policy come in a {@link org.grid.escalation.model.RuleContext}.
 */
package org.grid.escalation.model;
