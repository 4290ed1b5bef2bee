package org.grid.adapters.inmemory.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grid.testkit.escalation.EscalationSamples.CALENDAR;
import static org.grid.testkit.escalation.EscalationSamples.CITIZEN;
import static org.grid.testkit.escalation.EscalationSamples.LAND_CATEGORY;
import static org.grid.testkit.escalation.EscalationSamples.PLACE_A;
import static org.grid.testkit.escalation.EscalationSamples.POLICY;
import static org.grid.testkit.escalation.EscalationSamples.TOWNSHIP;
import static org.grid.testkit.escalation.EscalationSamples.at;

import com.google.common.collect.ImmutableMap;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.grid.adapters.inmemory.team.InMemoryPersonRepository;
import org.grid.core.application.ErasePersonalDataService;
import org.grid.core.model.privacy.Purpose;
import org.grid.core.model.team.Person;
import org.grid.core.port.in.ErasePersonalDataCommand;
import org.grid.core.port.in.ErasePersonalDataUseCase;
import org.grid.escalation.application.RequestPersonalDataEraser;
import org.grid.escalation.application.RequestService;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.CommandOutcome;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.testkit.escalation.EscalationSamples;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/** A citizen's erasure reaches their requests through the use case, and the requests print masked meanwhile. */
class RequestErasureTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private final InMemoryRequestRepository requests = new InMemoryRequestRepository();
  private final InMemoryUnitOfWork unitOfWork = InMemoryUnitOfWork.create();
  private final RequestService engine = new RequestService(requests, new InMemoryRoutingTable(),
      InMemoryWorkCalendars.everywhere(CALENDAR), new RecordingRequestEventPublisher(), unitOfWork,
      MutableClock.of(at("2026-03-02T09:00"), EscalationSamples.ZONE), POLICY, VALIDATOR,
      RequestServiceTest.sampleAuthorization());

  @Test
  void a_citizens_requests_lose_their_free_text_and_keep_their_shape() {
    String description = "wall on my field; call me on 13812341234, ID 11010519491231002X";
    CommandOutcome outcome = engine.handle(new RequestCommand.Report(CommandId.of("c1"), RequestId.of("R1"),
        Actor.citizen(CITIZEN), CITIZEN, PLACE_A, LAND_CATEGORY, description, Urgency.NORMAL, null, null));
    Request reported = ((CommandOutcome.Applied) outcome).request();
    engine.handle(new RequestCommand.Withdraw(CommandId.of("c2"), reported.id(), 1, Actor.citizen(CITIZEN),
        "settled with the neighbour, 13812341234"));
    Request before = requests.findById(reported.id()).orElseThrow();

    assertThat(before.report().toString()).contains("138****1234").contains("1101**********002X")
        .doesNotContain("13812341234");
    assertThat(before.history().get(1).toString()).contains("138****1234").doesNotContain("13812341234");

    ErasePersonalDataUseCase erasure = new ErasePersonalDataService(new InMemoryPersonRepository(),
        List.of(new RequestPersonalDataEraser(requests)), unitOfWork, VALIDATOR);
    ErasePersonalDataUseCase.Outcome erased = erasure.erase(new ErasePersonalDataCommand(TOWNSHIP, CITIZEN,
        Purpose.of("the citizen asked on 2026-03-05")));

    assertThat(erased).isEqualTo(new ErasePersonalDataUseCase.Erased(CITIZEN,
        ImmutableMap.of("roster", 0, RequestPersonalDataEraser.NAME, 1)));
    Request after = requests.findById(reported.id()).orElseThrow();
    assertThat(after.report().description()).isEqualTo(Person.ERASED_NAME);
    assertThat(after.history().get(1).reason()).isEqualTo(Person.ERASED_NAME);
    assertThat(after.history()).extracting(h -> h.kind()).isEqualTo(before.history().stream().map(h -> h.kind())
        .toList());
    assertThat(after.state()).isEqualTo(before.state());
    assertThat(after.version()).isEqualTo(before.version());
  }

  /**
   * The erasure keeps the version, so a command that read the request before it and saves after it must not put the
   * erased text back with its change: the save is refused as stale, and the command sent again applies to the erased
   * request.
   */
  @Test
  void a_command_that_read_the_request_before_its_erasure_does_not_write_the_text_back() {
    String description = "wall on my field; call me on 13812341234";
    engine.handle(new RequestCommand.Report(CommandId.of("c1"), RequestId.of("R1"), Actor.citizen(CITIZEN), CITIZEN,
        PLACE_A, LAND_CATEGORY, description, Urgency.NORMAL, null, null));
    boolean[] erased = {false};
    RequestRepository erasingBeforeTheSave = (RequestRepository) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {RequestRepository.class}, (proxy, method, args) -> {
          if (method.getName().equals("save") && !erased[0]) {
            erased[0] = true;
            assertThat(requests.eraseFreeText(TOWNSHIP, CITIZEN, Person.ERASED_NAME)).isEqualTo(1);
          }
          try {
            return method.invoke(requests, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
    RequestService racing = new RequestService(erasingBeforeTheSave, new InMemoryRoutingTable(),
        InMemoryWorkCalendars.everywhere(CALENDAR), new RecordingRequestEventPublisher(), unitOfWork,
        MutableClock.of(at("2026-03-02T10:00"), EscalationSamples.ZONE), POLICY, VALIDATOR,
        RequestServiceTest.sampleAuthorization());
    RequestCommand withdraw = new RequestCommand.Withdraw(CommandId.of("c2"), RequestId.of("R1"), 1,
        Actor.citizen(CITIZEN), "settled");

    assertThat(racing.handle(withdraw)).isEqualTo(new CommandOutcome.StaleVersion(RequestId.of("R1"), 1, 1));
    Request stored = requests.findById(RequestId.of("R1")).orElseThrow();
    assertThat(stored.report().description()).isEqualTo(Person.ERASED_NAME);
    assertThat(stored.history().get(0).form()).isEqualTo(stored.report());

    assertThat(racing.handle(withdraw)).isInstanceOf(CommandOutcome.Applied.class);
    Request withdrawn = requests.findById(RequestId.of("R1")).orElseThrow();
    assertThat(withdrawn.version()).isEqualTo(2);
    assertThat(withdrawn.report().description()).isEqualTo(Person.ERASED_NAME);
    assertThat(withdrawn.history().get(0).form()).isEqualTo(withdrawn.report());
  }
}
