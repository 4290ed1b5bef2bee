package org.grid.core.model.duty;

import static java.util.Objects.requireNonNull;

import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.team.TeamId;

/** Who holds a meeting (会议主体): a grid team, a village (grid meeting with 三会一课) or the township. */
public sealed interface MeetingHost {

  /**
   * A grid team's own monthly meeting (团队例会).
   *
   * @param team the team
   */
  record OfTeam(TeamId team) implements MeetingHost {
    /**
     * Checks the host.
     *
     * @param team the team
     * @throws NullPointerException if the team is null
     */
    public OfTeam {
      requireNonNull(team, "team");
    }
  }

  /**
   * A village's monthly grid meeting (村网格例会, with 三会一课).
   *
   * @param village the village
   */
  record OfVillage(VillageId village) implements MeetingHost {
    /**
     * Checks the host.
     *
     * @param village the village
     * @throws NullPointerException if the village is null
     */
    public OfVillage {
      requireNonNull(village, "village");
    }
  }

  /**
   * The township's monthly meeting with the district team leaders (乡片长例会).
   *
   * @param township the township
   */
  record OfTownship(TownshipId township) implements MeetingHost {
    /**
     * Checks the host.
     *
     * @param township the township
     * @throws NullPointerException if the township is null
     */
    public OfTownship {
      requireNonNull(township, "township");
    }
  }
}
