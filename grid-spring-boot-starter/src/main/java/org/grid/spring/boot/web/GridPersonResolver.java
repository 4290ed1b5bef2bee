package org.grid.spring.boot.web;

import java.util.Optional;
import org.grid.core.model.team.PersonId;
import org.springframework.security.core.Authentication;

/**
 * Turns an authenticated caller into a grid person (人员): the one thing grid's REST API takes from the
 * application's authentication. Everything after it (which office the person acts for, what they may see and do)
 * is the engine's: the staff directory confirms the office, the request engine's authorization decides.
 *
 * <p>The starter's bean {@code gridPersonResolver} reads the authentication's name as the person id ({@link
 * #authenticationName()}); an application whose user names are not grid person ids defines its own bean (a lookup
 * in its user table, a claim of a JWT), and the starter's backs off.
 */
@FunctionalInterface
public interface GridPersonResolver {

  /**
   * Returns the person an authentication stands for.
   *
   * @param authentication the caller's authentication, authenticated, not null
   * @return the person, or empty when the caller is no grid person (the API answers 403)
   */
  Optional<PersonId> person(Authentication authentication);

  /**
   * Returns the resolver that reads the authentication's name as the person id: empty when the name is not a valid
   * person id (blank, too long, control characters, a national ID number).
   *
   * @return the resolver
   */
  static GridPersonResolver authenticationName() {
    return authentication -> {
      try {
        return Optional.of(PersonId.of(authentication.getName()));
      } catch (IllegalArgumentException | NullPointerException e) {
        return Optional.empty();
      }
    };
  }
}
