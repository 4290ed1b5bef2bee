package org.grid.adapters.jdbc.events;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.EvidenceId;
import org.grid.assessment.model.Grade;
import org.grid.assessment.model.LineItem;
import org.grid.assessment.model.RuleId;
import org.grid.assessment.model.RuleSetId;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.ScoreEvent;
import org.grid.assessment.model.SubjectId;
import org.grid.core.model.duty.DutyEvent;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.EntryId;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.event.DomainEvent;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.pairing.PairingEvent;
import org.grid.core.model.jurisdiction.UnitId;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.partition.PartitionPolicy;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanEvent;
import org.grid.core.model.team.DutyRole;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamEvent;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamScope;

/** Events of every kind this package encodes, every optional field set, for the encoder tests. */
final class EventSamples {

  static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
  static final CountyId COUNTY = CountyId.of("东县");
  static final TownshipId TOWNSHIP = TownshipId.of("T01");
  /** Free text that must never leave: it is in the line item's description. */
  static final String FREE_TEXT = "张三 13800138000 走访";

  private EventSamples() {}

  static Team team(TeamScope scope) {
    return Team.of(TeamId.of("TEAM-N1"), TOWNSHIP, scope, PersonId.of("P-1"), Set.of(PersonId.of("P-2")),
        new LinkedHashSet<>(List.of(PersonId.of("P-3"), PersonId.of("P-4"))), PersonId.of("P-5"),
        Map.of(DutyRole.DISPUTE_MEDIATION, PersonId.of("P-2"), DutyRole.VILLAGE_SURVEY, PersonId.of("P-3")),
        OffsetDateTime.parse("2026-03-02T09:00:00+08:00"));
  }

  static List<TeamScope> scopes() {
    return List.of(new TeamScope.VillageGrid(GridId.of("N1"), VillageId.of("V1")),
        new TeamScope.District(DistrictId.of("D1")), new TeamScope.Township(TOWNSHIP));
  }

  static Score score() {
    return new Score(SubjectId.of("PM-9"), AssessmentPeriod.year(2025), RuleSetId.of("with-post/2025"),
        ImmutableList.of(
            new LineItem(RuleId.of("base"), "基础分", ImmutableList.of(), new BigDecimal("80.00"), false),
            new LineItem(RuleId.of("visit"), FREE_TEXT, ImmutableList.of(EvidenceId.of("E-1"), EvidenceId.of("E-2")),
                new BigDecimal("-2.50"), true)));
  }

  /** One event of every type, each optional part present. */
  static List<DomainEvent> oneOfEach() {
    return List.of(
        new TeamEvent.TeamFormed(COUNTY, team(scopes().get(0)), 1, AT),
        new TeamEvent.TeamChanged(COUNTY, team(scopes().get(1)), 4, AT),
        new PairingEvent.PairingChanged(COUNTY, TOWNSHIP, VillageId.of("五都"), HouseholdId.of("H-7"),
            Optional.of(PersonId.of("P-1")), Optional.of(PersonId.of("P-2")), AT),
        new ScoreEvent.ScoreGraded(COUNTY, "assess-2025", score(), Optional.of(Grade.QUALIFIED), AT),
        new PlanEvent.PlanAdopted(COUNTY, plan(), AT),
        new DutyEvent.DutyMissed(COUNTY, TOWNSHIP, missedDuty(), AT));
  }

  /** A missed stationed cadre's visit, every part a missed duty can name set, its message holding free text. */
  static MissedDuty missedDuty() {
    return new MissedDuty(DutyRule.STATIONED_CADRE_YEARLY_VISIT, ImmutableList.of(PersonId.of("P-3")),
        Optional.of(TeamId.of("TEAM-N1")), Optional.of(HouseholdId.of("H-7")), Optional.of(EntryId.of("R-1")),
        Optional.of(GridId.of("N1")), Optional.of(VillageId.of("五都")), "2025", FREE_TEXT);
  }

  static Plan plan() {
    return Plan.of(TOWNSHIP, PartitionPolicy.defaults(), List.of(
            Grid.of(GridId.of("N1"), VillageId.of("V1"), List.of(UnitId.of("U1"), UnitId.of("U2"))),
            Grid.of(GridId.of("N2"), VillageId.of("V2"), List.of(UnitId.of("U3")))),
        List.of(District.of(DistrictId.of("D1"), List.of(GridId.of("N1"), GridId.of("N2")))));
  }
}
