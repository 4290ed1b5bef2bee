package org.grid.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.grid.core.model.duty.ComplianceReport;
import org.grid.core.model.duty.DutyRule;
import org.grid.core.model.duty.MissedDuty;
import org.grid.core.model.duty.Tally;
import org.grid.core.model.jurisdiction.HouseholdId;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.jurisdiction.Village;
import org.grid.core.model.pairing.Pairing;
import org.grid.core.model.pairing.PairingPlan;
import org.grid.core.model.pairing.UnpairedHousehold;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamId;
import org.grid.core.model.team.TeamProposal;
import org.grid.core.model.team.TeamScope;
import org.grid.core.model.team.TeamViolation;

/**
 * The JSON document of {@code teams --format json}: what the text shows (the proposed teams with their members and
 * positions, the shortfalls, the pairing, and the compliance with its tallies and missed duties when a duty log was
 * given), with each person as {@code {"id", "name"}}, the name as the text prints it (masked unless a purpose was
 * stated). {@code docs/teams.md} describes the document.
 */
final class TeamsJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private TeamsJson() {}

  /**
   * Returns the document.
   *
   * @param town the township
   * @param grids how many grids the teams serve
   * @param rosterSize how many people are on the roster
   * @param proposal the proposed teams and their shortfalls
   * @param plan the pairing
   * @param compliance the compliance report, or null without a duty log
   * @param logEntries how many entries the duty log has
   * @param names the name to print of each person on the roster, masked or in clear
   * @param namesInClear whether {@code names} are in clear
   * @return pretty-printed JSON
   */
  static String document(Township town, int grids, int rosterSize, TeamProposal proposal, PairingPlan plan,
      ComplianceReport compliance, int logEntries, Map<PersonId, String> names, boolean namesInClear) {
    ObjectNode root = MAPPER.createObjectNode();
    root.putObject("township").put("id", town.id().value()).put("name", town.name());
    root.put("namesInClear", namesInClear);
    root.put("grids", grids);
    root.put("roster", rosterSize);
    ArrayNode teams = root.putArray("teams");
    proposal.teams().forEach(team -> team(teams.addObject(), team, town, names));
    root.put("complete", proposal.complete());
    ArrayNode shortfalls = root.putArray("shortfalls");
    for (TeamViolation violation : proposal.shortfalls()) {
      ObjectNode v = shortfalls.addObject();
      v.put("rule", violation.rule().name());
      ids(v.putArray("teams"), violation.teams().stream().map(TeamId::value).toList());
      people(v.putArray("people"), violation.people(), names);
      v.put("message", violation.message());
    }
    pairing(root.putObject("pairing"), plan, names);
    if (compliance != null) {
      compliance(root.putObject("compliance"), compliance, logEntries, names);
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void team(ObjectNode t, Team team, Township town, Map<PersonId, String> names) {
    t.put("id", team.id().value());
    t.put("level", team.level().name());
    ObjectNode scope = t.putObject("scope");
    if (team.scope() instanceof TeamScope.VillageGrid grid) {
      scope.put("grid", grid.grid().value()).put("village", grid.village().value());
      town.village(grid.village()).map(Village::name).ifPresent(name -> scope.put("villageName", name));
    } else if (team.scope() instanceof TeamScope.District district) {
      scope.put("district", district.district().value());
    } else if (team.scope() instanceof TeamScope.Township township) {
      scope.put("township", township.township().value());
    }
    team.leader().ifPresent(leader -> person(t.putObject("leader"), leader, names));
    people(t.putArray("backbone"), team.backbone(), names);
    people(t.putArray("others"), team.others(), names);
    if (team.scope() instanceof TeamScope.VillageGrid) {
      team.informationOfficer().ifPresent(officer -> person(t.putObject("informationOfficer"), officer, names));
      ObjectNode roles = t.putObject("dutyRoles");
      team.dutyRoles().forEach((role, holder) -> person(roles.putObject(role.name()), holder, names));
    }
  }

  private static void pairing(ObjectNode p, PairingPlan plan, Map<PersonId, String> names) {
    p.put("households", plan.coverage().households());
    p.put("paired", plan.coverage().paired());
    p.put("ratio", plan.coverage().ratio());
    Map<PersonId, List<HouseholdId>> byPairer = new TreeMap<>();
    for (Pairing pairing : plan.pairings()) {
      byPairer.computeIfAbsent(pairing.pairer(), id -> new ArrayList<>()).add(pairing.household());
    }
    ArrayNode pairers = p.putArray("pairers");
    byPairer.forEach((pairer, held) -> {
      ObjectNode n = pairers.addObject();
      person(n.putObject("pairer"), pairer, names);
      ids(n.putArray("households"), held.stream().map(HouseholdId::value).toList());
    });
    ArrayNode unpaired = p.putArray("unpaired");
    for (UnpairedHousehold household : plan.unpaired()) {
      ObjectNode u = unpaired.addObject().put("household", household.household().value());
      household.village().ifPresent(village -> u.put("village", village.value()));
      u.put("reason", household.reason().name()).put("message", household.message());
    }
  }

  private static void compliance(ObjectNode c, ComplianceReport report, int logEntries, Map<PersonId, String> names) {
    // RFC 3339 (seconds always written), not OffsetDateTime.toString(), which leaves out zero seconds.
    c.put("from", report.period().from().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    c.put("to", report.period().to().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    c.put("logEntries", logEntries);
    ArrayNode rules = c.putArray("rules");
    for (DutyRule rule : DutyRule.values()) {
      tally(rules.addObject().put("rule", rule.name()), report.tally(rule));
    }
    tally(c.putObject("overall"), report.overall());
    ArrayNode missed = c.putArray("missed");
    for (MissedDuty duty : report.missed()) {
      ObjectNode m = missed.addObject().put("rule", duty.rule().name()).put("period", duty.period());
      people(m.putArray("who"), duty.who(), names);
      duty.team().ifPresent(team -> m.put("team", team.value()));
      duty.household().ifPresent(household -> m.put("household", household.value()));
      duty.entry().ifPresent(entry -> m.put("entry", entry.value()));
      m.put("message", duty.message());
    }
  }

  private static void tally(ObjectNode t, Tally tally) {
    t.put("due", tally.due()).put("done", tally.done()).put("ratio", tally.ratio());
  }

  /** Writes a person as {@code {"id", "name"}}; without a name when the person is not on the roster. */
  private static void person(ObjectNode p, PersonId id, Map<PersonId, String> names) {
    p.put("id", id.value());
    String name = names.get(id);
    if (name != null) {
      p.put("name", name);
    }
  }

  private static void people(ArrayNode array, Iterable<PersonId> ids, Map<PersonId, String> names) {
    ids.forEach(id -> person(array.addObject(), id, names));
  }

  private static void ids(ArrayNode array, List<String> ids) {
    ids.forEach(array::add);
  }
}
