package org.grid.escalation.application;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Validator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grid.core.application.CommandValidation;
import org.grid.core.model.jurisdiction.Township;
import org.grid.core.model.partition.District;
import org.grid.core.model.partition.Grid;
import org.grid.core.model.partition.Plan;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.model.Appointment;
import org.grid.escalation.model.AuthorizationPolicy;
import org.grid.escalation.model.Office;
import org.grid.escalation.model.Place;
import org.grid.escalation.model.TeamAppointments;
import org.grid.escalation.model.Tier;
import org.grid.escalation.port.in.AppointTeamsCommand;
import org.grid.escalation.port.in.AppointTeamsUseCase;
import org.grid.escalation.port.out.StaffDirectory;

/** Implements {@link AppointTeamsUseCase} over the staff directory. Thread-safe as far as the port is. */
public final class AppointTeamsService implements AppointTeamsUseCase {

  private static final Set<String> TEAM_ROLES = Set.of(AuthorizationPolicy.LEADER, AuthorizationPolicy.BACKBONE,
      AuthorizationPolicy.MEMBER, AuthorizationPolicy.INFORMATION_OFFICER);

  private final StaffDirectory staff;
  private final UnitOfWork unitOfWork;
  private final Validator validator;

  /**
   * Creates the service.
   *
   * @param staff the staff directory, not null
   * @param unitOfWork the unit of work each call runs in, not null
   * @param validator the Jakarta validator that checks commands, not null
   * @throws NullPointerException if an argument is null
   */
  public AppointTeamsService(StaffDirectory staff, UnitOfWork unitOfWork, Validator validator) {
    this.staff = requireNonNull(staff, "staff");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.validator = requireNonNull(validator, "validator");
  }

  @Override
  public Appointed appoint(AppointTeamsCommand command) {
    requireNonNull(command, "command");
    CommandValidation.validate(validator, command);
    // Computed before the unit of work: a team of another township is refused with nothing read or written.
    List<Appointment> lines = TeamAppointments.of(command.township(), command.plan(), command.teams());
    return unitOfWork.inTransaction(() -> appointInTransaction(command, lines));
  }

  private Appointed appointInTransaction(AppointTeamsCommand command, List<Appointment> lines) {
    Instant at = command.at();
    // Each office's team lines, keyed by person and role; every office of the plan, so that one left without a
    // team is emptied.
    Map<Office, Map<String, Appointment>> wanted = new LinkedHashMap<>();
    for (Office office : offices(command.township(), command.plan())) {
      wanted.put(office, new LinkedHashMap<>());
    }
    for (Appointment line : lines) {
      wanted.computeIfAbsent(line.office(), o -> new LinkedHashMap<>()).putIfAbsent(key(line), line);
    }
    int began = 0;
    int ended = 0;
    for (Map.Entry<Office, Map<String, Appointment>> office : wanted.entrySet()) {
      Map<String, Appointment> toBegin = new LinkedHashMap<>(office.getValue());
      for (Appointment a : staff.servingAt(office.getKey(), at)) {
        if (!TEAM_ROLES.contains(a.role())) {
          continue;
        }
        if (office.getValue().containsKey(key(a))) {
          toBegin.remove(key(a));
          continue;
        }
        // An appointment that began at this very instant ends a nanosecond later: a term needs some length.
        Instant until = at.isAfter(a.from()) ? at : a.from().plusNanos(1);
        staff.save(new Appointment(a.person(), a.office(), a.role(), a.from(), until));
        ended++;
      }
      for (Appointment line : toBegin.values()) {
        staff.save(new Appointment(line.person(), line.office(), line.role(), at, null));
        began++;
      }
    }
    return new Appointed(began, ended);
  }

  private static String key(Appointment a) {
    return a.person().value() + "\u0000" + a.role();
  }

  /** Every grid, district and township office of the plan, so that an office left without a team is emptied. */
  private static Set<Office> offices(Township township, Plan plan) {
    Set<Office> offices = new LinkedHashSet<>();
    for (Grid grid : plan.grids()) {
      offices.add(Office.of(Tier.VILLAGE_GRID, Place.of(township, plan, grid.id())));
    }
    for (District district : plan.districts()) {
      offices.add(Office.district(township.county(), township.id(), district.id()));
    }
    offices.add(Office.township(township.county(), township.id()));
    return offices;
  }
}
