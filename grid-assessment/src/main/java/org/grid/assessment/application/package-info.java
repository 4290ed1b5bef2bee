/**
 * The use cases of grid-assessment, implemented over its outbound ports. {@link
 * org.grid.assessment.application.ScoreGridsService} and {@link
 * org.grid.assessment.application.ScoreKnowledgeChecksService} are the exceptions: ranking grids and scoring
 * knowledge checks read and store nothing through a port, so they own no transaction.
 *
 * <p><b>A Validator needs a provider and EL.</b> Every service here that takes a {@link
 * jakarta.validation.Validator} needs a Jakarta Validation provider and an Expression Language implementation on
 * the class path, which grid does not bring (it depends on the API only): for example Hibernate Validator 9.0 and
 * Expressly 6.0, the versions grid is tested with (README, "What you bring"). Without a provider {@code
 * Validation.buildDefaultValidatorFactory()} throws {@code NoProviderFoundException}; without EL, Hibernate
 * Validator fails with {@code HV000183}.
 */
package org.grid.assessment.application;
