package org.grid.escalation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.grid.core.application.CommandValidation;
import org.grid.core.application.CommandValidator;
import org.grid.core.application.CommandViolation;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.DepartmentId;
import org.grid.escalation.model.MustAttendType;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Rating;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.hibernate.validator.HibernateValidator;

/**
 * The plain validator of the request commands finds exactly what Hibernate Validator finds from the records'
 * annotations: the same properties with the same messages, for every kind of command, valid or not.
 */
class RequestCommandValidatorProperties {

  private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
      .defaultLocale(Locale.ROOT).buildValidatorFactory();
  private static final Validator HIBERNATE = FACTORY.getValidator();
  private static final CommandValidator<RequestCommand> PLAIN = RequestCommandValidator.create();
  private static final Place PLACE = new Place(CountyId.of("C1"), TownshipId.of("T01"), DistrictId.of("T01-D1"),
      VillageId.of("T01-V04"), GridId.of("T01-V04-N1"));

  @AfterContainer
  static void close() {
    FACTORY.close();
  }

  @Property(tries = 2000)
  void findsWhatHibernateValidatorFinds(@ForAll("commands") RequestCommand command) {
    assertThat(violations(PLAIN, command)).isEqualTo(violations(CommandValidator.jakarta(HIBERNATE), command));
  }

  @Property(tries = 300)
  void refusesWithTheSameMessage(@ForAll("commands") RequestCommand command) {
    String jakarta = message(() -> CommandValidation.validate(HIBERNATE, command));
    String plain = message(() -> CommandValidation.validate(PLAIN, command));
    assertThat(plain).isEqualTo(jakarta);
  }

  @Property(tries = 200)
  void aCommandOfValidPartsIsValid(@ForAll("validCommands") RequestCommand command) {
    assertThat(PLAIN.violations(command)).isEmpty();
  }

  @Property(tries = 50)
  void aBlankControlCharacterBreaksBothConstraints(@ForAll("blankControls") String text) {
    RequestCommand command = new RequestCommand.Resolve(CommandId.of("c"), RequestId.of("R1"), 1,
        Actor.citizen(PersonId.of("p")), text);
    assertThat(violations(PLAIN, command)).hasSize(2).isEqualTo(violations(CommandValidator.jakarta(HIBERNATE),
        command));
    assertThatThrownBy(() -> CommandValidation.validate(PLAIN, command))
        .hasMessage("invalid Resolve: summary must not be blank; summary must not contain control characters other "
            + "than tab and line breaks (such as U+0000), unpaired surrogates or U+FFFE and U+FFFF");
  }

  @Example
  void aTextThatShowsNothingIsBlankToBoth() {
    for (String text : List.of("\u200B", "\u00A0\u202F", "\u3164\uFEFF", "\u2800", "\uFE0F\u3000")) {
      RequestCommand command = new RequestCommand.Resolve(CommandId.of("c"), RequestId.of("R1"), 1,
          Actor.citizen(PersonId.of("p")), text);
      assertThat(message(() -> CommandValidation.validate(PLAIN, command)))
          .isEqualTo(message(() -> CommandValidation.validate(HIBERNATE, command)))
          .isEqualTo("invalid Resolve: summary must not be blank");
    }
  }

  @Provide
  Arbitrary<String> blankControls() {
    return Arbitraries.strings().withChars('\u001C', '\u001D', '\u001E', '\u001F', ' ').ofMinLength(1)
        .filter(s -> s.chars().anyMatch(c -> c < ' '));
  }

  private static Set<CommandViolation> violations(CommandValidator<RequestCommand> validator,
      RequestCommand command) {
    List<CommandViolation> list = validator.violations(command);
    Set<CommandViolation> set = new HashSet<>(list);
    assertThat(set).as("no violation twice").hasSameSizeAs(list);
    return set;
  }

  private static String message(Runnable validation) {
    try {
      validation.run();
      return "valid";
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @Provide
  Arbitrary<RequestCommand> commands() {
    return commands(true,
        orNull(Arbitraries.just(CommandId.of("c1"))), orNull(Arbitraries.just(RequestId.of("R1"))),
        orNull(actors()), Arbitraries.longs().between(-3, 3).injectDuplicates(0.1)
            .edgeCases(c -> c.add(Long.MIN_VALUE, Long.MAX_VALUE)),
        texts());
  }

  @Provide
  Arbitrary<RequestCommand> validCommands() {
    return commands(false, Arbitraries.just(CommandId.of("c1")), Arbitraries.just(RequestId.of("R1")), actors(),
        Arbitraries.longs().between(0, 1_000), Arbitraries.strings().ofMinLength(1).ofMaxLength(20)
            .withCharRange('a', 'z').withChars('\t', '\n', '\r', '中', ' ')
            .filter(t -> !t.isBlank()));
  }

  private static Arbitrary<RequestCommand> commands(boolean nullable, Arbitrary<CommandId> commandIds,
      Arbitrary<RequestId> requestIds,
      Arbitrary<Actor> actors, Arbitrary<Long> versions, Arbitrary<String> texts) {
    Arbitrary<PersonId> people = maybeNull(Arbitraries.just(PersonId.of("p1")), nullable);
    Arbitrary<Place> places = maybeNull(Arbitraries.just(PLACE), nullable);
    Arbitrary<Category> categories = maybeNull(Arbitraries.just(Category.of("land")), nullable);
    Arbitrary<Urgency> urgencies = maybeNull(Arbitraries.of(Urgency.class), nullable);
    Arbitrary<Rating> ratings = maybeNull(Arbitraries.of(Rating.class), nullable);
    Arbitrary<RequestId> originals = maybeNull(Arbitraries.just(RequestId.of("R0")), nullable);
    Arbitrary<MustAttendType> mustAttend = Arbitraries.of(MustAttendType.class).injectNull(0.5);
    Arbitrary<DepartmentId> departments = Arbitraries.just(DepartmentId.of("water")).injectNull(0.5);
    Arbitrary<RequestCommand> report = Combinators.combine(commandIds, requestIds, actors, people, places,
        categories, texts, urgencies).as((c, r, a, p, pl, cat, t, u) -> new RequestCommand.Report(c, r, a, p, pl,
            cat, t, u, null, null));
    Arbitrary<RequestCommand> reportWithExtras = Combinators.combine(report, mustAttend).as((rep, m) -> {
      RequestCommand.Report r = (RequestCommand.Report) rep;
      return new RequestCommand.Report(r.commandId(), r.requestId(), r.actor(), r.reporter(), r.place(),
          r.category(), r.description(), r.urgency(), m, null);
    });
    Arbitrary<RequestCommand> accept = Combinators.combine(commandIds, requestIds, versions, actors, people)
        .as(RequestCommand.Accept::new);
    Arbitrary<RequestCommand> route = Combinators.combine(commandIds, requestIds, versions, actors, departments)
        .as(RequestCommand.Route::new);
    Arbitrary<RequestCommand> escalate = Combinators.combine(commandIds, requestIds, versions, actors, texts)
        .as(RequestCommand.Escalate::new);
    Arbitrary<RequestCommand> ret = Combinators.combine(commandIds, requestIds, versions, actors, texts)
        .as(RequestCommand.Return::new);
    Arbitrary<RequestCommand> suspend = Combinators.combine(commandIds, requestIds, versions, actors, texts)
        .as(RequestCommand.Suspend::new);
    Arbitrary<RequestCommand> resume = Combinators.combine(commandIds, requestIds, versions, actors)
        .as(RequestCommand.Resume::new);
    Arbitrary<RequestCommand> resolve = Combinators.combine(commandIds, requestIds, versions, actors, texts)
        .as(RequestCommand.Resolve::new);
    Arbitrary<RequestCommand> feedback = Combinators.combine(commandIds, requestIds, versions, actors, texts)
        .as(RequestCommand.Feedback::new);
    Arbitrary<RequestCommand> rate = Combinators.combine(commandIds, requestIds, versions, actors, ratings)
        .as(RequestCommand.Rate::new);
    Arbitrary<RequestCommand> withdraw = Combinators.combine(commandIds, requestIds, versions, actors, texts)
        .as(RequestCommand.Withdraw::new);
    Arbitrary<RequestCommand> onSite = Combinators.combine(commandIds, requestIds, versions, actors)
        .as(RequestCommand.OnSite::new);
    Arbitrary<RequestCommand> recategorize = Combinators.combine(commandIds, requestIds, versions, actors,
        categories, texts).as(RequestCommand.Recategorize::new);
    Arbitrary<RequestCommand> duplicate = Combinators.combine(commandIds, requestIds, versions, actors, originals,
        texts).as(RequestCommand.CloseAsDuplicate::new);
    return Arbitraries.oneOf(List.of(report, reportWithExtras, accept, route, escalate, ret, suspend, resume,
        resolve, feedback, rate, withdraw, onSite, recategorize, duplicate));
  }

  private static <T> Arbitrary<T> maybeNull(Arbitrary<T> values, boolean nullable) {
    return nullable ? values.injectNull(0.2) : values;
  }

  private static <T> Arbitrary<T> orNull(Arbitrary<T> values) {
    return values.injectNull(0.2);
  }

  private static Arbitrary<Actor> actors() {
    return Arbitraries.of(Actor.citizen(PersonId.of("p1")),
        Actor.staff(PersonId.of("s1"), "leader", Office.of(Tier.DISTRICT_GRID, PLACE)));
  }

  /** Free text: null, empty, blank of every kind, plain, and with a control character or U+FFFF anywhere. */
  private static Arbitrary<String> texts() {
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.chars().range('a', 'z')),
        Tuple.of(3, Arbitraries.of(' ', '\t', '\n', '\r', '\u000B', '\f', '\u001C', '\u001F',
            '\u00A0', '\u2007', '\u2028', '\u3000', '\u1680', '\u200B', '\uFEFF', '\u202F', '\u00AD',
            '\u3164', '\u2800', '\uFE0F', '\u034F')),
        Tuple.of(2, Arbitraries.chars().range('\u0000', '\u001F')),
        Tuple.of(1, Arbitraries.chars().range('\u007F', '\u00A1')),
        Tuple.of(1, Arbitraries.chars().range('\u4E00', '\u4E10')),
        // Surrogates, alone or (by chance) paired: the pattern reads a pair as one character.
        Tuple.of(1, Arbitraries.of('\uD83C', '\uDF3E', '\uDBFF', '\uDC00')),
        // The two noncharacters no XML document may hold, and their neighbours, which are text.
        Tuple.of(1, Arbitraries.of('\uFFFD', '\uFFFE', '\uFFFF', '\uFDD0')),
        Tuple.of(1, Arbitraries.chars()));
    return chars.list().ofMaxSize(8).map(list -> {
      StringBuilder text = new StringBuilder(list.size());
      list.forEach(text::append);
      return text.toString();
    }).injectNull(0.15);
  }
}
