package org.grid.testkit.escalation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.grid.core.model.jurisdiction.CountyId;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Actor;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.Tier;

/**
 * A kind of actor who must not change a request (越权者): the rows of {@link AbstractAuthorizationMatrixTest} and the
 * intruders of {@link RequestEngineHarness}. Each is made from the legitimate staff actor of a command ({@link
 * #actor(Actor.Staff, Place)}); the staff directory of the samples confirms the intruders who serve an office ({@link
 * EscalationSamples#intruderAppointments()}), so that what refuses them is where they serve, not that they are
 * unknown.
 */
public enum Intruder {
  /** Staff of another village grid of the same county, in the legitimate actor's role. */
  OTHER_GRID,
  /** Staff of another district of the same township, in the legitimate actor's role. */
  OTHER_DISTRICT,
  /** Staff of another township office of the same county, in the legitimate actor's role. */
  OTHER_TOWNSHIP,
  /** Staff of an office with the same ids in another county, in the legitimate actor's role. */
  SAME_IDS_OTHER_COUNTY,
  /** Staff of the same-named department of another county, in the legitimate actor's role. */
  DEPARTMENT_OF_OTHER_COUNTY,
  /** A citizen who did not report the request. */
  CITIZEN_NOT_REPORTER,
  /** The legitimate person and office, with a role the directory does not confirm. */
  FORGED_ROLE,
  /** The reporting citizen naming the legitimate office and role. */
  CITIZEN_AS_STAFF,
  /** A person the directory does not list, naming the legitimate office and role. */
  UNKNOWN_PERSON,
  /** A person whose term at the legitimate office ended ({@link EscalationSamples#TERM_ENDED}). */
  TERM_ENDED;

  /** The other county of the samples, with the same township, district, village and grid ids. */
  public static final CountyId OTHER_COUNTY = CountyId.of("C2");

  /** The other township of the samples' county. */
  public static final TownshipId OTHER_TOWNSHIP_ID = TownshipId.of("T02");

  /** The role the directory never confirms. */
  public static final String FORGED = "county-head";

  /**
   * Returns this intruder in place of a legitimate staff actor, for a request of a sample place.
   *
   * @param legitimate the staff actor who may give the command, not null
   * @param place the request's place, one of {@link EscalationSamples#places()}, not null
   * @return the intruder
   */
  public Actor actor(Actor.Staff legitimate, Place place) {
    requireNonNull(legitimate, "legitimate");
    requireNonNull(place, "place");
    String role = legitimate.role();
    return switch (this) {
      case OTHER_GRID, OTHER_DISTRICT, OTHER_TOWNSHIP, SAME_IDS_OTHER_COUNTY, DEPARTMENT_OF_OTHER_COUNTY ->
          Actor.staff(person(), role, office(legitimate.office(), place));
      case CITIZEN_NOT_REPORTER -> Actor.citizen(person());
      case FORGED_ROLE -> Actor.staff(legitimate.person(), FORGED, legitimate.office());
      case CITIZEN_AS_STAFF -> Actor.staff(EscalationSamples.CITIZEN, role, legitimate.office());
      case UNKNOWN_PERSON, TERM_ENDED -> Actor.staff(person(), role, legitimate.office());
    };
  }

  /**
   * Returns the intruder's person: {@code intruder-} and the constant's name in lower case.
   *
   * @return the person id
   */
  public PersonId person() {
    return PersonId.of("intruder-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
  }

  /**
   * Returns the office an intruder who serves elsewhere names: a grid or district other than the request's, another
   * township, the legitimate office's ids in another county, or the land department of another county.
   *
   * @param legitimate the legitimate office
   * @param place the request's place
   * @return the intruder's office; the legitimate office for intruders who name it
   */
  Office office(Office legitimate, Place place) {
    Place elsewhere = place.district().equals(EscalationSamples.PLACE_B.district())
        ? EscalationSamples.PLACE_A : EscalationSamples.PLACE_B;
    return switch (this) {
      case OTHER_GRID -> Office.of(Tier.VILLAGE_GRID, elsewhere);
      case OTHER_DISTRICT -> Office.of(Tier.DISTRICT_GRID, elsewhere);
      case OTHER_TOWNSHIP -> Office.township(EscalationSamples.COUNTY, OTHER_TOWNSHIP_ID);
      case SAME_IDS_OTHER_COUNTY -> inOtherCounty(legitimate);
      case DEPARTMENT_OF_OTHER_COUNTY -> Office.department(OTHER_COUNTY, EscalationSamples.LAND);
      default -> legitimate;
    };
  }

  private static Office inOtherCounty(Office office) {
    return office.tier() == Tier.COUNTY_OFFICE
        ? Office.county(OTHER_COUNTY)
        : new Office(office.tier(), OTHER_COUNTY, office.township(), office.district(), office.village(),
            office.unit());
  }

  /**
   * Returns every office this intruder may name, for the directory.
   *
   * @return the offices; empty for the intruders who name the legitimate office
   */
  List<Office> offices() {
    return switch (this) {
      case OTHER_GRID, OTHER_DISTRICT -> EscalationSamples.places().stream()
          .map(p -> office(null, p)).distinct().toList();
      case OTHER_TOWNSHIP, DEPARTMENT_OF_OTHER_COUNTY -> List.of(office(null, EscalationSamples.PLACE_A));
      case SAME_IDS_OTHER_COUNTY -> EscalationSamples.offices().stream().map(Intruder::inOtherCounty).toList();
      default -> List.of();
    };
  }
}
