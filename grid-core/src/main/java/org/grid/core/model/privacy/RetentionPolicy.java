package org.grid.core.model.privacy;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;

/**
 * The retention policy (保存期限): how long after it ends each kind of record that holds personal information is kept
 * before its personal data is erased, as PIPL asks (kept no longer than its purpose needs). grid's defaults, in
 * {@link #defaults()}, are a starting point a county replaces with its own archive rules; they are not legal advice:
 *
 * <ul>
 *   <li>requests (诉求): 3 years after the request is closed;
 *   <li>duty logs (走访、会议记录): 3 years after the entry;
 *   <li>pairings (联系结对): 3 years after the pairing ends;
 *   <li>scores (考核结果): 5 years after the assessment period, as appraisal records are kept;
 *   <li>persons (人员名册): 1 year after the person leaves the roster.
 * </ul>
 *
 * <p>Erasure keeps a record's shape (ids, roles, dates) and replaces its personal data with an erased marker; see
 * {@code ErasePersonalDataUseCase}.
 *
 * @param requests how long a closed request is kept
 * @param dutyLogs how long a duty-log entry is kept
 * @param pairings how long an ended pairing is kept
 * @param scores how long a score is kept after its period
 * @param persons how long a person who left the roster is kept
 */
public record RetentionPolicy(Period requests, Period dutyLogs, Period pairings, Period scores, Period persons) {

  /** The kinds of record a retention period is set for. */
  public enum Kind {
    /** Citizens' requests (诉求) and their histories. */
    REQUESTS,
    /** Duty-log entries: visits, meetings, rounds (走访、会议记录). */
    DUTY_LOGS,
    /** Pairings of households with pairers (联系结对). */
    PAIRINGS,
    /** Scores and grades of party members and grids (考核结果). */
    SCORES,
    /** People of a roster (人员名册). */
    PERSONS
  }

  /**
   * Checks the policy.
   *
   * @param requests how long a closed request is kept
   * @param dutyLogs how long a duty-log entry is kept
   * @param pairings how long an ended pairing is kept
   * @param scores how long a score is kept after its period
   * @param persons how long a person who left the roster is kept
   * @throws NullPointerException if a period is null
   * @throws IllegalArgumentException if a period is negative or zero
   */
  public RetentionPolicy {
    check(requests, "requests");
    check(dutyLogs, "dutyLogs");
    check(pairings, "pairings");
    check(scores, "scores");
    check(persons, "persons");
  }

  private static void check(Period period, String what) {
    requireNonNull(period, what);
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException(what + " must be a positive period, was " + period);
    }
  }

  /**
   * Returns grid's defaults: requests, duty logs and pairings 3 years, scores 5 years, persons 1 year.
   *
   * @return the default policy
   */
  public static RetentionPolicy defaults() {
    return new RetentionPolicy(Period.ofYears(3), Period.ofYears(3), Period.ofYears(3), Period.ofYears(5),
        Period.ofYears(1));
  }

  /**
   * Returns the period of a kind of record.
   *
   * @param kind the kind, not null
   * @return its period
   * @throws NullPointerException if {@code kind} is null
   */
  public Period period(Kind kind) {
    return switch (requireNonNull(kind, "kind")) {
      case REQUESTS -> requests;
      case DUTY_LOGS -> dutyLogs;
      case PAIRINGS -> pairings;
      case SCORES -> scores;
      case PERSONS -> persons;
    };
  }

  /**
   * Returns the first day on which a record's personal data is due for erasure.
   *
   * @param kind the kind of record, not null
   * @param ended the day the record ended (closed, left the roster, the period's last day), not null
   * @return {@code ended} plus the kind's period
   * @throws NullPointerException if an argument is null
   */
  public LocalDate erasureDue(Kind kind, LocalDate ended) {
    requireNonNull(ended, "ended");
    return ended.plus(period(kind));
  }

  /**
   * Returns a copy with another period for one kind of record.
   *
   * @param kind the kind, not null
   * @param period its period, positive
   * @return a new policy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code period} is not positive
   */
  public RetentionPolicy with(Kind kind, Period period) {
    return new RetentionPolicy(
        kind == Kind.REQUESTS ? period : requests,
        kind == Kind.DUTY_LOGS ? period : dutyLogs,
        kind == Kind.PAIRINGS ? period : pairings,
        kind == Kind.SCORES ? period : scores,
        requireNonNull(kind, "kind") == Kind.PERSONS ? period : persons);
  }
}
