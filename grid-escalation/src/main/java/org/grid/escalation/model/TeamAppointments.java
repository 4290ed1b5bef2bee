package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.Plan;
import org.grid.core.model.team.PersonId;
import org.grid.core.model.team.Team;
import org.grid.core.model.team.TeamScope;

/**
 * The staff directory's lines that follow from a township's grid teams (团队任职): a village grid team's members
 * serve its grid's office, a district team's its district's, the township team's the township office, each from the
 * instant the team was composed. Roles are those of {@link AuthorizationPolicy}: the leader as {@link
 * AuthorizationPolicy#LEADER}, backbone members as {@link AuthorizationPolicy#BACKBONE}, the other members as
 * {@link AuthorizationPolicy#MEMBER}, and the information officer, besides any other role, as {@link
 * AuthorizationPolicy#INFORMATION_OFFICER}.
 */
public final class TeamAppointments {

  private TeamAppointments() {}

  /**
   * Returns the appointments of a township's teams.
   *
   * @param township the township, with its county, not null
   * @param plan the township's current plan, which places each village grid in its district, not null
   * @param teams the township's teams, not null
   * @return the appointments, team by team, leader first
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the team if a team is of another township, or its grid is not in the
   *     plan
   */
  public static List<Appointment> of(Township township, Plan plan, Collection<Team> teams) {
    requireNonNull(township, "township");
    requireNonNull(plan, "plan");
    requireNonNull(teams, "teams");
    List<Appointment> appointments = new ArrayList<>();
    for (Team team : teams) {
      if (!team.township().equals(township.id())) {
        throw new IllegalArgumentException("teams: team " + team.id() + " is of township " + team.township()
            + ", not " + township.id());
      }
      Office office = officeOf(township, plan, team);
      Instant from = team.composedAt().toInstant();
      team.leader().ifPresent(p -> appointments.add(appointment(p, office, AuthorizationPolicy.LEADER, from)));
      for (PersonId p : team.backbone()) {
        appointments.add(appointment(p, office, AuthorizationPolicy.BACKBONE, from));
      }
      for (PersonId p : team.others()) {
        appointments.add(appointment(p, office, AuthorizationPolicy.MEMBER, from));
      }
      team.informationOfficer().ifPresent(
          p -> appointments.add(appointment(p, office, AuthorizationPolicy.INFORMATION_OFFICER, from)));
    }
    return appointments;
  }

  private static Appointment appointment(PersonId person, Office office, String role, Instant from) {
    return new Appointment(person, office, role, from, null);
  }

  private static Office officeOf(Township township, Plan plan, Team team) {
    TeamScope scope = team.scope();
    if (scope instanceof TeamScope.VillageGrid grid) {
      try {
        return Office.of(Tier.VILLAGE_GRID, Place.of(township, plan, grid.grid()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("teams: team " + team.id() + ": " + e.getMessage(), e);
      }
    }
    if (scope instanceof TeamScope.District district) {
      return Office.district(township.county(), township.id(), district.district());
    }
    return Office.township(township.county(), township.id());
  }
}
