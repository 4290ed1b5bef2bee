package org.grid.examples.year;

import java.util.List;
import java.util.Map;
import org.grid.assessment.model.GradedMember;
import org.grid.assessment.model.Scorecard;
import org.grid.assessment.port.in.AssessRequestsUseCase;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.jurisdiction.HouseholdRegister;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.pairing.PairingPlan;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.partition.PlanResult;
import org.grid.core.model.team.TeamProposal;
import org.grid.escalation.model.EscalationPolicy;
import org.grid.escalation.model.Request;
import org.grid.escalation.model.WorkCalendar;

/**
 * What a simulated year (一年的记录) left: every use case's result and the requests as stored at the year's end,
 * read back from the database. The report and the demo's summary are drawn from it alone.
 *
 * @param township the township
 * @param readBack whether the township read back from the database equals the one stored
 * @param seed the seed the year was drawn from
 * @param year the calendar year
 * @param calendar the township's work calendar
 * @param policy the request policy the engine ran with (its time limits)
 * @param fresh the fresh plan with its validation and metrics
 * @param kept the plan keeping the township's current districts, with its validation and metrics
 * @param plan the plan adopted (the fresh one)
 * @param rosterSize how many people the generated roster holds
 * @param teams the team proposal, stored
 * @param register the generated household register
 * @param pairing the pairing plan, stored
 * @param dutyEntries how many entries the duty log holds
 * @param compliance the year's duty compliance
 * @param requests every request reported, as it ended, in the order reported
 * @param sweeps how many times the deadline sweep ran
 * @param swept how many request changes the sweeps made
 * @param refusals commands the engine did not apply, counted by command and reason; empty when all applied
 * @param twoWay the two-way assessment of handling offices and reporting grids
 * @param graded the party members, scored and graded
 * @param scorecards the grid scorecards (网格考核) measured from the records, ordered by rank, then grid id
 */
public record YearRecord(
    Township township,
    boolean readBack,
    long seed,
    int year,
    WorkCalendar calendar,
    EscalationPolicy policy,
    PlanResult fresh,
    PlanResult kept,
    Plan plan,
    int rosterSize,
    TeamProposal teams,
    HouseholdRegister register,
    PairingPlan pairing,
    int dutyEntries,
    ComplianceReport compliance,
    List<Request> requests,
    int sweeps,
    int swept,
    Map<String, Integer> refusals,
    AssessRequestsUseCase.Assessed twoWay,
    List<GradedMember> graded,
    List<Scorecard> scorecards) {

  /**
   * Copies the lists and maps.
   *
   * @throws NullPointerException if a list or map is null
   */
  public YearRecord {
    requests = List.copyOf(requests);
    refusals = Map.copyOf(refusals);
    graded = List.copyOf(graded);
    scorecards = List.copyOf(scorecards);
  }

  /**
   * Returns a short description without personal data.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "YearRecord[" + township.id() + " " + year + ", seed " + seed + ", " + requests.size() + " requests]";
  }
}
