package org.grid.examples.console;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.grid.core.model.team.PersonId;
import org.grid.escalation.model.Office;

/**
 * The example application's demo users (演示账号), one per tier, each the login of a person of the sample township
 * ({@link SampleTownship#people()}). Their password is {@value #PASSWORD}, for the demo only: an application puts
 * its own authentication (a county's single sign-on, say) in Spring Security's place; grid decides what the person
 * may do.
 *
 * @param people the people the users act as, by user name
 */
public record DemoUsers(Map<String, Person> people) {

  /** The demo users' password: demo only, never for a deployment. */
  public static final String PASSWORD = "demo";

  /**
   * The user names, in the order the console lists them: the first grid's information officer (信息员, the
   * information station's intake), its team leader (网格长), the township centre's leader (乡镇), the county grid
   * office's clerk (县网格办), the county water department's staff (县职能部门), and a citizen (群众) of the first grid.
   */
  public static final List<String> NAMES = List.of("station", "grid", "township", "county", "department", "citizen");

  /**
   * A person a demo user acts as.
   *
   * @param person the person, not null
   * @param role the role the person acts in (as {@code AuthorizationPolicy} names it), or null for a citizen
   * @param office the office the person acts for, or null for a citizen
   */
  public record Person(PersonId person, String role, Office office) {

    /**
     * Checks the person.
     *
     * @param person the person, not null
     * @param role the role, or null for a citizen
     * @param office the office, or null for a citizen
     * @throws NullPointerException if {@code person} is null
     * @throws IllegalArgumentException if exactly one of {@code role} and {@code office} is null
     */
    public Person {
      Objects.requireNonNull(person, "person");
      if ((role == null) != (office == null)) {
        throw new IllegalArgumentException("role and office are both given (staff) or both null (a citizen)");
      }
    }

    /**
     * Tells whether the person is a citizen rather than staff.
     *
     * @return true for a citizen
     */
    public boolean citizen() {
      return office == null;
    }
  }

  /**
   * Checks the users.
   *
   * @param people the people, by user name, not null
   * @throws NullPointerException if {@code people} is null
   */
  public DemoUsers {
    people = Map.copyOf(Objects.requireNonNull(people, "people"));
  }

  /**
   * Returns the person a user acts as.
   *
   * @param user the user name
   * @return the person, empty for an unknown user
   */
  public Optional<Person> person(String user) {
    return Optional.ofNullable(people.get(user));
  }
}
