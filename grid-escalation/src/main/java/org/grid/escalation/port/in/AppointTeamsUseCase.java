package org.grid.escalation.port.in;

/**
 * Keeps the staff directory's team lines in step with the teams (团队任职同步): after a team is formed or
 * recomposed, every member serves its office in their team role ({@code TeamAppointments}) from that instant, and a
 * former member's team appointment to it ends at that instant, so that they can no longer act for it. Only the team
 * roles (leader, backbone, member, information officer) of the township's grid, district and township offices are
 * touched; county office and department staff, and roles a county added, are left as they are. Runs in one unit of
 * work: the directory changes wholly or not at all. Running it again at a later instant with the same teams changes
 * nothing.
 */
public interface AppointTeamsUseCase {

  /**
   * Brings the directory in line with the teams.
   *
   * @param command the command, not null
   * @return how many appointments began and how many ended
   * @throws IllegalArgumentException if the command breaks its constraints (the message names each field), a team
   *     is of another township, or a village grid team's grid is not in the plan
   */
  Appointed appoint(AppointTeamsCommand command);

  /**
   * What changed in the directory.
   *
   * @param began the appointments saved as beginning at the command's instant
   * @param ended the appointments ended at the command's instant
   */
  record Appointed(int began, int ended) {}
}
