package org.grid.adapters.inmemory.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.grid.adapters.inmemory.InMemoryUnitOfWork;
import org.grid.adapters.inmemory.events.RecordingDomainEventPublisher;
import org.grid.adapters.inmemory.jurisdiction.InMemoryTownshipRepository;
import org.grid.adapters.inmemory.pairing.InMemoryPairingRepository;
import org.grid.adapters.inmemory.team.InMemoryPersonRepository;
import org.grid.adapters.inmemory.team.InMemoryTeamRepository;
import org.grid.core.application.ReportMissedDutiesService;
import org.grid.core.model.duty.DutyEvent;
import org.grid.core.model.duty.DutyLogEntry;
import org.grid.core.model.duty.DutyPeriod;
import org.grid.core.model.duty.DutyPolicy;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MeetingHost;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.Household;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.Unit;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.ServedGrid;
import org.grid.core.port.in.ComputeComplianceCommand;
import org.grid.core.port.in.ReportMissedDutiesUseCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Reporting missed duties on the in-memory adapters: each miss once, whatever reports it. */
class ReportMissedDutiesServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final TownshipId T = TownshipId.of("T1");
  private static final VillageId V1 = VillageId.of("V1");
  private static final VillageId V2 = VillageId.of("V2");
  private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
  private static final List<ServedGrid> GRIDS = List.of(
      ServedGrid.of(GridId.of("N1"), V1, List.of(UnitId.of("U1")), DistrictId.of("D1")),
      ServedGrid.of(GridId.of("N2"), V2, List.of(UnitId.of("U2")), DistrictId.of("D1")));

  private final InMemoryTownshipRepository townships = new InMemoryTownshipRepository();
  private final InMemoryDutyLogRepository log = new InMemoryDutyLogRepository();
  private final InMemoryReportedMissRepository reported = new InMemoryReportedMissRepository();
  private final RecordingDomainEventPublisher events = new RecordingDomainEventPublisher();

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  ReportMissedDutiesServiceTest() {
    townships.save(Township.builder(CountyId.of("C1"), T, "示范乡")
        .village(Village.of(V1, "五都村", List.of(Unit.of(UnitId.of("U1"), "1组", 1))))
        .village(Village.of(V2, "六都村", List.of(Unit.of(UnitId.of("U2"), "1组", 1)))).build());
  }

  private ReportMissedDutiesService service() {
    return new ReportMissedDutiesService(townships, new InMemoryPersonRepository(), new InMemoryTeamRepository(),
        new InMemoryPairingRepository(), log, reported, InMemoryUnitOfWork.create(), VALIDATION.getValidator(),
        events, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static ComputeComplianceCommand command(TownshipId township, String from, String to) {
    return new ComputeComplianceCommand(township, GRIDS, HouseholdRegister.of(township, List.of(
        Household.of(HouseholdId.of("H1"), UnitId.of("U1"), List.of()),
        Household.of(HouseholdId.of("H2"), UnitId.of("U2"), List.of()))),
        new DutyPeriod(OffsetDateTime.parse(from), OffsetDateTime.parse(to)), DutyPolicy.defaults());
  }

  private static ReportMissedDutiesUseCase.Reported reported(ReportMissedDutiesUseCase.Outcome outcome) {
    assertThat(outcome).isInstanceOf(ReportMissedDutiesUseCase.Reported.class);
    return (ReportMissedDutiesUseCase.Reported) outcome;
  }

  @Test
  void eachMissIsPublishedOnceWithItsGridOrVillageAndARerunIsANoOp() {
    log.append(T, DutyLogEntry.Meeting.of(EntryId.of("M1"), new MeetingHost.OfVillage(V1),
        OffsetDateTime.parse("2026-03-10T09:00:00+08:00"), List.of(PersonId.of("P1"))));
    ComputeComplianceCommand march = command(T, "2026-03-01T00:00:00+08:00", "2026-04-01T00:00:00+08:00");

    ReportMissedDutiesUseCase.Reported first = reported(service().report(march));
    ReportMissedDutiesUseCase.Reported again = reported(service().report(march));

    assertThat(first.newlyReported()).containsExactlyElementsOf(first.report().missed());
    assertThat(again.newlyReported()).isEmpty();
    assertThat(again.report()).isEqualTo(first.report());
    List<DutyEvent.DutyMissed> published = events.events(DutyEvent.DutyMissed.class);
    assertThat(published).extracting(DutyEvent.DutyMissed::duty).containsExactlyElementsOf(first.newlyReported());
    assertThat(published).allSatisfy(event -> {
      assertThat(event.county()).isEqualTo(CountyId.of("C1"));
      assertThat(event.township()).isEqualTo(T);
      assertThat(event.at()).isEqualTo(NOW);
      assertThat(reported.isRecorded(T, event.key())).isTrue();
    });
    assertThat(published).extracting(DutyEvent.DutyMissed::duty)
        .filteredOn(duty -> duty.rule() == DutyRule.VILLAGE_MONTHLY_MEETING)
        .as("V1 met in March, V2 did not: the miss names its village").singleElement()
        .satisfies(duty -> {
          assertThat(duty.village()).contains(V2);
          assertThat(duty.grid()).isEmpty();
        });
    assertThat(published).extracting(DutyEvent.DutyMissed::duty)
        .filteredOn(duty -> duty.rule() == DutyRule.CONTACT_CARD)
        .extracting(duty -> duty.grid().orElseThrow().value() + "/" + duty.village().orElseThrow().value() + "/"
            + duty.household().orElseThrow().value())
        .containsExactly("N1/V1/H1", "N2/V2/H2");
    assertThat(published).extracting(DutyEvent.DutyMissed::key).doesNotHaveDuplicates();
  }

  @Test
  void aLongerPeriodReportsOnlyWhatIsNew() {
    reported(service().report(command(T, "2026-03-01T00:00:00+08:00", "2026-04-01T00:00:00+08:00")));
    events.clear();

    ReportMissedDutiesUseCase.Reported spring =
        reported(service().report(command(T, "2026-03-01T00:00:00+08:00", "2026-05-01T00:00:00+08:00")));

    assertThat(spring.newlyReported()).isNotEmpty().noneMatch(duty -> duty.period().equals("2026-03"));
    assertThat(spring.report().missed()).anyMatch(duty -> duty.period().equals("2026-03"));
    assertThat(spring.newlyReported()).filteredOn(duty -> duty.rule() == DutyRule.TOWNSHIP_MONTHLY_MEETING)
        .extracting(MissedDuty::period).containsExactly("2026-04");
    assertThat(events.events(DutyEvent.DutyMissed.class)).hasSize(spring.newlyReported().size());
  }

  @Test
  void reportsRacingOnManyThreadsPublishEachMissOnce() throws Exception {
    ComputeComplianceCommand march = command(T, "2026-03-01T00:00:00+08:00", "2026-04-01T00:00:00+08:00");
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<ReportMissedDutiesUseCase.Outcome>> runs = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        Callable<ReportMissedDutiesUseCase.Outcome> run = () -> {
          start.await(10, TimeUnit.SECONDS);
          return service().report(march);
        };
        runs.add(pool.submit(run));
      }
      Set<String> keys = new HashSet<>();
      int published = 0;
      for (Future<ReportMissedDutiesUseCase.Outcome> run : runs) {
        for (MissedDuty duty : reported(run.get(30, TimeUnit.SECONDS)).newlyReported()) {
          assertThat(keys.add(duty.key())).as("reported by two runs: " + duty).isTrue();
          published++;
        }
      }
      assertThat(published).isEqualTo(reported(service().report(march)).report().missed().size());
      assertThat(events.events(DutyEvent.DutyMissed.class)).hasSize(published);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anUnknownTownshipIsAnOutcomeAndABadCommandIsRefusedNamingItsField() {
    assertThat(service().report(command(TownshipId.of("T9"), "2026-03-01T00:00:00+08:00",
        "2026-04-01T00:00:00+08:00"))).isEqualTo(new ReportMissedDutiesUseCase.UnknownTownship(TownshipId.of("T9")));
    assertThatIllegalArgumentException().isThrownBy(() -> service().report(new ComputeComplianceCommand(T, List.of(),
        HouseholdRegister.of(T, List.of()), new DutyPeriod(OffsetDateTime.parse("2026-03-01T00:00:00+08:00"),
            OffsetDateTime.parse("2026-04-01T00:00:00+08:00")), DutyPolicy.defaults()))).withMessageContaining("grids");
    assertThat(events.events()).isEmpty();
  }
}
