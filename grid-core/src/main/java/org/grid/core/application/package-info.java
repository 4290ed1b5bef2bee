/**
 * Application services of grid-core: plain classes implementing the inbound ports of {@code org.grid.core.port.in}.
 * They validate each command with the Jakarta Validation {@link jakarta.validation.Validator} the embedding system
 * supplies, then run the use case in the {@link org.grid.core.port.out.UnitOfWork} they were built with (one
 * transaction: what it reads is one view, what it stores is stored whole or not at all) and call the domain model
 * there. {@link org.grid.core.application.PartitionService} is the exception: planning and validating a plan read
 * and store nothing through a port, so there is no transaction to own.
 *
 * <p><b>A Validator needs a provider and EL.</b> Every service here that takes a {@link
 * jakarta.validation.Validator} needs a Jakarta Validation provider and an Expression Language implementation on
 * the class path, which grid does not bring (it depends on the API only): for example Hibernate Validator 9.0 and
 * Expressly 6.0, the versions grid is tested with (README, "What you bring"). Without a provider {@code
 * Validation.buildDefaultValidatorFactory()} throws {@code NoProviderFoundException}; without EL, Hibernate
 * Validator fails with {@code HV000183}.
 */
package org.grid.core.application;
