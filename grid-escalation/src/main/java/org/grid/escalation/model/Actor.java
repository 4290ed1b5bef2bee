package org.grid.escalation.model;

import static java.util.Objects.requireNonNull;
import org.grid.core.model.jurisdiction.Ids;
import org.grid.core.model.team.PersonId;

/**
 * Who issues a command or makes a transition (经办人): a staff member acting for an office, a citizen, or the
 * system (the deadline sweep). Every history entry names its actor.
 */
public sealed interface Actor {

  /**
   * Returns a short text naming the actor for history output.
   *
   * @return the text, never null
   */
  String describe();

  /**
   * Returns a staff actor.
   *
   * @param person the person
   * @param role the person's role, e.g. "信息员" or "网格长"
   * @param office the office the person acts for
   * @return the actor
   */
  static Staff staff(PersonId person, String role, Office office) {
    return new Staff(person, role, office);
  }

  /**
   * Returns a citizen actor.
   *
   * @param person the citizen
   * @return the actor
   */
  static Citizen citizen(PersonId person) {
    return new Citizen(person);
  }

  /**
   * A staff member (工作人员) acting for one office; may act only on requests that office holds.
   *
   * @param person the person, not null
   * @param role the role the person acts in, not blank, without control characters
   * @param office the office the person acts for, not null: its tier and unit are checked against the holder
   */
  record Staff(PersonId person, String role, Office office) implements Actor {
    /**
     * Checks the actor.
     *
     * @param person the person, not null
     * @param role the role the person acts in, not blank, without control characters
     * @param office the office the person acts for, not null: its tier and unit are checked against the holder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code role} is blank or has a control character (U+0000, say)
     */
    public Staff {
      requireNonNull(person, "person");
      Ids.requireName(role, "role");
      requireNonNull(office, "office");
    }

    @Override
    public String describe() {
      return person + " (" + role + ", " + office + ")";
    }
  }

  /**
   * A citizen (群众): may report, rate the feedback and withdraw a request they reported.
   *
   * @param person the citizen, not null
   */
  record Citizen(PersonId person) implements Actor {
    /**
     * Checks the actor.
     *
     * @param person the citizen, not null
     * @throws NullPointerException if {@code person} is null
     */
    public Citizen {
      requireNonNull(person, "person");
    }

    @Override
    public String describe() {
      return person + " (citizen)";
    }
  }

  /**
   * The system itself, e.g. the deadline sweep issuing reminders and automatic escalations.
   *
   * @param name what part of the system acted, not blank
   */
  record SystemActor(String name) implements Actor {
    /** The deadline sweep. */
    public static final SystemActor SWEEP = new SystemActor("sweep");

    /**
     * Checks the actor.
     *
     * @param name what part of the system acted, not blank
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or has a control character
     */
    public SystemActor {
      Ids.requireName(name, "name");
    }

    @Override
    public String describe() {
      return "system:" + name;
    }
  }
}
