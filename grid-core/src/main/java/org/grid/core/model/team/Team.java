package org.grid.core.model.team;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grid.core.model.jurisdiction.TownshipId;

/**
 * A service team (网格服务团队) of one grid at one of the three levels: its leader (负责人), backbone members (骨干),
 * other members, the information officer (信息员) of a village grid and the holders of the six duty roles (六大员).
 *
 * <p>The record only checks its shape (every person has one position); whether it meets the {@link TeamPolicy}
 * is for {@link TeamValidation}, so that a team that breaks the rules can still be described and reported.
 *
 * @param id the team's id, unique in its township
 * @param township the township the team belongs to
 * @param scope what the team serves; its level is {@code scope.level()}
 * @param leader the leader; empty when nobody could be found (a violation)
 * @param backbone the backbone members, without the leader
 * @param others the other members, neither leader nor backbone
 * @param informationOfficer the grid's information officer; empty when none is named
 * @param dutyRoles who holds each of the six duty roles; roles not held are absent
 * @param composedAt when the team took its present membership; contact and supervision cards issued earlier are
 *     out of date
 */
public record Team(
    TeamId id,
    TownshipId township,
    TeamScope scope,
    Optional<PersonId> leader,
    ImmutableSet<PersonId> backbone,
    ImmutableSet<PersonId> others,
    Optional<PersonId> informationOfficer,
    ImmutableMap<DutyRole, PersonId> dutyRoles,
    OffsetDateTime composedAt) {

  /**
   * Checks the team's shape.
   *
   * @param id the team's id, unique in its township
   * @param township the township the team belongs to
   * @param scope what the team serves; its level is {@code scope.level()}
   * @param leader the leader; empty when nobody could be found (a violation)
   * @param backbone the backbone members, without the leader
   * @param others the other members, neither leader nor backbone
   * @param informationOfficer the grid's information officer; empty when none is named
   * @param dutyRoles who holds each of the six duty roles; roles not held are absent
   * @param composedAt when the team took its present membership; contact and supervision cards issued earlier are
   *     out of date
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the leader is also listed as backbone or other member, or a person is both
   *     backbone and other member
   */
  public Team {
    requireNonNull(id, "id");
    requireNonNull(township, "township");
    requireNonNull(scope, "scope");
    requireNonNull(leader, "leader");
    requireNonNull(backbone, "backbone");
    requireNonNull(others, "others");
    requireNonNull(informationOfficer, "informationOfficer");
    requireNonNull(dutyRoles, "dutyRoles");
    requireNonNull(composedAt, "composedAt");
    if (leader.isPresent() && (backbone.contains(leader.get()) || others.contains(leader.get()))) {
      throw new IllegalArgumentException("leader " + leader.get() + " of team " + id + " is listed again as a member");
    }
    for (PersonId person : backbone) {
      if (others.contains(person)) {
        throw new IllegalArgumentException(
            "person " + person + " of team " + id + " is listed both as backbone and as other member");
      }
    }
  }

  /**
   * Returns a team.
   *
   * @param id the team's id
   * @param township its township
   * @param scope what it serves
   * @param leader the leader, or null when there is none
   * @param backbone the backbone members
   * @param others the other members
   * @param informationOfficer the information officer, or null when there is none
   * @param dutyRoles who holds each duty role
   * @param composedAt when the team took its present membership
   * @return the team
   * @throws IllegalArgumentException as the constructor
   */
  public static Team of(
      TeamId id,
      TownshipId township,
      TeamScope scope,
      PersonId leader,
      Set<PersonId> backbone,
      Set<PersonId> others,
      PersonId informationOfficer,
      Map<DutyRole, PersonId> dutyRoles,
      OffsetDateTime composedAt) {
    return new Team(id, township, scope, Optional.ofNullable(leader), ImmutableSet.copyOf(backbone),
        ImmutableSet.copyOf(others), Optional.ofNullable(informationOfficer), ImmutableMap.copyOf(dutyRoles),
        composedAt);
  }

  /**
   * Returns the team's level.
   *
   * @return the team's level
   */
  public TeamLevel level() {
    return scope.level();
  }

  /**
   * Returns every member: the leader (if any), then backbone, then other members; each once.
   *
   * @return every member
   */
  public ImmutableSet<PersonId> members() {
    ImmutableSet.Builder<PersonId> all = ImmutableSet.builder();
    leader.ifPresent(all::add);
    return all.addAll(backbone).addAll(others).build();
  }

  /**
   * Tells whether a person is a member (leader, backbone or other).
   *
   * @param person the person, not null
   * @return true when a member
   */
  public boolean hasMember(PersonId person) {
    return leader.map(person::equals).orElse(false) || backbone.contains(person) || others.contains(person);
  }
}
