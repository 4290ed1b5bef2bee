package org.grid.escalation.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.DistrictId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.jurisdiction.VillageId;
import org.grid.core.model.partition.GridId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Category;
import org.grid.escalation.model.CommandId;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.RequestId;
import org.grid.escalation.model.Tier;
import org.grid.escalation.model.Urgency;
import org.grid.escalation.port.in.RequestCommand;
import org.junit.jupiter.api.Test;

class CommandDigesterTest {

  private static final Place PLACE = new Place(CountyId.of("C1"), TownshipId.of("T01"), DistrictId.of("T01-D1"),
      VillageId.of("T01-V04"), GridId.of("T01-V04-N1"));
  private static final Actor STAFF = Actor.staff(PersonId.of("li"), "leader", Office.of(Tier.DISTRICT_GRID, PLACE));

  /** The digest's text, as requests store it. */
  private static String digest(RequestCommand command) {
    return CommandDigester.of(command).text();
  }

  private static RequestCommand resolve(long version, Actor actor, String summary) {
    return new RequestCommand.Resolve(CommandId.of("c1"), RequestId.of("R1"), version, actor, summary);
  }

  @Test
  void a_retry_decided_on_another_version_is_the_same_command() {
    assertThat(digest(resolve(3, STAFF, "done"))).isEqualTo(digest(resolve(4, STAFF, "done")))
        .hasSize(64).matches("[0-9a-f]{64}");
  }

  /**
   * The digests are stored with the applied commands' ids, so a retry of a command applied by an earlier version must
   * still digest alike: these are the digests the earlier encoding (one string, {@code getBytes(UTF_8)}, SHA-256,
   * {@code HexFormat}) gave, with texts of several lengths, Chinese, a character outside the BMP and a lone surrogate.
   */
  @Test
  void digests_are_those_stored_by_earlier_versions() {
    assertThat(digest(resolve(3, STAFF, "done")))
        .isEqualTo("e1c80f62f18b2d8ed112c4b3779ae2654b201b057cf62f7bd4374363296d1817");
    assertThat(digest(resolve(3, STAFF, "沟渠已经疏通，墙已拆除。")))
        .isEqualTo("0bc373b0555a49e4ffe3d23a6082ebc2b7573c803541270b379c0d603470dbbf");
    assertThat(digest(new RequestCommand.Escalate(CommandId.of("c2"), RequestId.of("R2"), 1, STAFF,
        "a wall of 12 metres \uD83E\uDDF1 blocks the ditch é")))
        .isEqualTo("d937778bdf81f3396fa7c3cb8eb4824cfa8de4971310a5cb09b529cb614621df");
    assertThat(digest(new RequestCommand.Suspend(CommandId.of("c3"), RequestId.of("R3"), 1, STAFF,
        "lone \uD800 surrogate")))
        .isEqualTo("2b84a0879b2e2aa5a37436859f78311bef07248ba7242f6e8643e91bcc526919");
    Actor citizen = Actor.citizen(PersonId.of("王芳"));
    assertThat(digest(new RequestCommand.Report(CommandId.of("r1"), RequestId.of("R1"), citizen,
        PersonId.of("王芳"), PLACE, Category.of("land"), "一堵墙挡住了水渠", Urgency.NORMAL, null, null)))
        .isEqualTo("7a3bfd807fa786a7a2dba3131a50f35db662e6f87ffc8ba27e456382201dccdc");
    String longText = "x".repeat(5_000);
    assertThat(digest(resolve(3, STAFF, longText))).isNotEqualTo(digest(resolve(3, STAFF, "x")));
  }

  /** A command longer than the buffer a thread keeps: its digest, and every digest after it, as before it. */
  @Test
  void a_long_command_leaves_the_digests_after_it_as_they_were() {
    String shortDigest = digest(resolve(3, STAFF, "x"));
    String longText = "一堵墙挡住了水渠".repeat(5_000);
    String longDigest = digest(resolve(3, STAFF, longText));
    assertThat(digest(resolve(3, STAFF, "x"))).isEqualTo(shortDigest);
    assertThat(digest(resolve(3, STAFF, longText))).isEqualTo(longDigest).isNotEqualTo(shortDigest);
  }

  @Test
  void another_kind_actor_office_or_content_is_another_command() {
    String digest = digest(resolve(3, STAFF, "done"));
    Place otherCounty = new Place(CountyId.of("C2"), PLACE.township(), PLACE.district(), PLACE.village(),
        PLACE.grid());
    Actor sameIdsElsewhere = Actor.staff(PersonId.of("li"), "leader", Office.of(Tier.DISTRICT_GRID, otherCounty));

    assertThat(digest(resolve(3, STAFF, "done."))).isNotEqualTo(digest);
    assertThat(digest(resolve(3, sameIdsElsewhere, "done"))).isNotEqualTo(digest);
    assertThat(digest(resolve(3, Actor.staff(PersonId.of("li"), "member",
        Office.of(Tier.DISTRICT_GRID, PLACE)), "done"))).isNotEqualTo(digest);
    assertThat(digest(new RequestCommand.Escalate(CommandId.of("c1"), RequestId.of("R1"), 3, STAFF,
        "done"))).isNotEqualTo(digest);
  }

  /** Field boundaries are encoded, so moving text from one field to the next is another command. */
  @Test
  void moving_text_between_fields_is_another_command() {
    RequestCommand a = new RequestCommand.Suspend(CommandId.of("c1"), RequestId.of("R1"), 1,
        Actor.staff(PersonId.of("ab"), "c", Office.of(Tier.VILLAGE_GRID, PLACE)), "d");
    RequestCommand b = new RequestCommand.Suspend(CommandId.of("c1"), RequestId.of("R1"), 1,
        Actor.staff(PersonId.of("a"), "bc", Office.of(Tier.VILLAGE_GRID, PLACE)), "d");

    assertThat(digest(a)).isNotEqualTo(digest(b));
  }

  /**
   * Every component of every command but the expected version is part of its content: changing any one changes the
   * digest. A component added to a command and forgotten in {@link CommandDigester} fails here.
   */
  @Test
  void every_component_of_every_command_is_in_its_digest() throws Exception {
    for (Class<?> kind : RequestCommand.class.getPermittedSubclasses()) {
      Class<?> type = kind;
      if (type.isInterface()) {
        for (Class<?> change : type.getPermittedSubclasses()) {
          checkEveryComponent(change);
        }
      } else {
        checkEveryComponent(type);
      }
    }
  }

  private static void checkEveryComponent(Class<?> type) throws Exception {
    java.lang.reflect.RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = java.util.Arrays.stream(components).map(c -> c.getType()).toArray(Class<?>[]::new);
    java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor(types);
    Object[] base = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      base[i] = sample(components[i].getType(), 0);
    }
    String digest = digest((RequestCommand) constructor.newInstance(base));
    for (int i = 0; i < components.length; i++) {
      Object[] changed = base.clone();
      changed[i] = sample(components[i].getType(), 1);
      String other = digest((RequestCommand) constructor.newInstance(changed));
      if (components[i].getName().equals("expectedVersion")) {
        assertThat(other).as("%s.%s", type.getSimpleName(), components[i].getName()).isEqualTo(digest);
      } else {
        assertThat(other).as("%s.%s", type.getSimpleName(), components[i].getName()).isNotEqualTo(digest);
      }
    }
  }

  /** Two different values of each type a command's component has. */
  private static Object sample(Class<?> type, int which) {
    Place otherCounty = new Place(CountyId.of("C2"), PLACE.township(), PLACE.district(), PLACE.village(),
        PLACE.grid());
    if (type == CommandId.class) {
      return CommandId.of("c" + which);
    } else if (type == RequestId.class) {
      return RequestId.of("R" + which);
    } else if (type == long.class) {
      return (long) which + 1;
    } else if (type == Actor.class) {
      return Actor.staff(PersonId.of("li"), "leader", Office.of(Tier.VILLAGE_GRID, which == 0 ? PLACE : otherCounty));
    } else if (type == PersonId.class) {
      return PersonId.of("p" + which);
    } else if (type == Place.class) {
      return which == 0 ? PLACE : otherCounty;
    } else if (type == org.grid.escalation.model.Category.class) {
      return org.grid.escalation.model.Category.of(which == 0 ? "land" : "water");
    } else if (type == String.class) {
      return "text " + which;
    } else if (type == org.grid.escalation.model.Urgency.class) {
      return org.grid.escalation.model.Urgency.values()[which];
    } else if (type == org.grid.escalation.model.MustAttendType.class) {
      return which == 0 ? null : org.grid.escalation.model.MustAttendType.EMERGENCY;
    } else if (type == Office.class) {
      return which == 0 ? null : Office.of(Tier.VILLAGE_GRID, PLACE);
    } else if (type == org.grid.escalation.model.DepartmentId.class) {
      return which == 0 ? null : org.grid.escalation.model.DepartmentId.of("land");
    } else if (type == org.grid.escalation.model.Rating.class) {
      return which == 0 ? org.grid.escalation.model.Rating.SATISFIED : org.grid.escalation.model.Rating.DISSATISFIED;
    }
    throw new IllegalArgumentException("no sample of " + type);
  }
}
