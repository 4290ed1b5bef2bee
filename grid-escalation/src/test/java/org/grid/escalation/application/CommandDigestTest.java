package org.grid.escalation.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.port.in.RequestCommand;
import org.junit.jupiter.api.Test;

class CommandDigestTest {

  private static final Place PLACE = new Place(CountyId.of("C1"), TownshipId.of("T01"), DistrictId.of("T01-D1"),
      VillageId.of("T01-V04"), GridId.of("T01-V04-N1"));
  private static final Actor STAFF = Actor.staff(PersonId.of("li"), "leader", Office.of(Tier.DISTRICT_GRID, PLACE));

  private static RequestCommand resolve(long version, Actor actor, String summary) {
    return new RequestCommand.Resolve(CommandId.of("c1"), RequestId.of("R1"), version, actor, summary);
  }

  @Test
  void a_retry_decided_on_another_version_is_the_same_command() {
    assertThat(CommandDigest.of(resolve(3, STAFF, "done"))).isEqualTo(CommandDigest.of(resolve(4, STAFF, "done")))
        .hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void another_kind_actor_office_or_content_is_another_command() {
    String digest = CommandDigest.of(resolve(3, STAFF, "done"));
    Place otherCounty = new Place(CountyId.of("C2"), PLACE.township(), PLACE.district(), PLACE.village(),
        PLACE.grid());
    Actor sameIdsElsewhere = Actor.staff(PersonId.of("li"), "leader", Office.of(Tier.DISTRICT_GRID, otherCounty));

    assertThat(CommandDigest.of(resolve(3, STAFF, "done."))).isNotEqualTo(digest);
    assertThat(CommandDigest.of(resolve(3, sameIdsElsewhere, "done"))).isNotEqualTo(digest);
    assertThat(CommandDigest.of(resolve(3, Actor.staff(PersonId.of("li"), "member",
        Office.of(Tier.DISTRICT_GRID, PLACE)), "done"))).isNotEqualTo(digest);
    assertThat(CommandDigest.of(new RequestCommand.Escalate(CommandId.of("c1"), RequestId.of("R1"), 3, STAFF,
        "done"))).isNotEqualTo(digest);
  }

  /** Field boundaries are encoded, so moving text from one field to the next is another command. */
  @Test
  void moving_text_between_fields_is_another_command() {
    RequestCommand a = new RequestCommand.Suspend(CommandId.of("c1"), RequestId.of("R1"), 1,
        Actor.staff(PersonId.of("ab"), "c", Office.of(Tier.VILLAGE_GRID, PLACE)), "d");
    RequestCommand b = new RequestCommand.Suspend(CommandId.of("c1"), RequestId.of("R1"), 1,
        Actor.staff(PersonId.of("a"), "bc", Office.of(Tier.VILLAGE_GRID, PLACE)), "d");

    assertThat(CommandDigest.of(a)).isNotEqualTo(CommandDigest.of(b));
  }
}
