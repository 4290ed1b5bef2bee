/**
 * The application layer of the request engine: {@link org.grid.escalation.application.RequestService}
 * implements the inbound use cases on top of the outbound ports (validation, idempotency by command id,
 * optimistic versions, saving and publishing). Plain Java, no framework.
 *
 * <p><b>A Validator needs a provider and EL.</b> Every service here that takes a {@link
 * jakarta.validation.Validator} needs a Jakarta Validation provider and an Expression Language implementation on
 * the class path, which grid does not bring (it depends on the API only): for example Hibernate Validator 9.0 and
 * Expressly 6.0, the versions grid is tested with (README, "What you bring"). Without a provider {@code
 * Validation.buildDefaultValidatorFactory()} throws {@code NoProviderFoundException}; without EL, Hibernate
 * Validator fails with {@code HV000183}.
 */
package org.grid.escalation.application;
