package org.grid.assessment.port.out;

import java.util.List;
import java.util.Optional;
import org.grid.assessment.model.RuleSet;
import org.grid.assessment.model.RuleSetCatalog;
import org.grid.assessment.model.RuleSetId;

/**
 * Where rule sets (考核办法) are kept, every version of every kind. Every implementation passes {@code
 * AbstractRuleSetRepositoryContractTest} of grid-testkit.
 */
public interface RuleSetRepository {

  /**
   * Stores a rule set, replacing one with the same id.
   *
   * @param ruleSet the rule set, not null
   * @throws IllegalArgumentException if it would overlap in time another stored rule set of its kind; nothing is
   *     stored then
   */
  void save(RuleSet ruleSet);

  /**
   * Finds a rule set by id.
   *
   * @param id the id, not null
   * @return the rule set, or empty
   */
  Optional<RuleSet> findById(RuleSetId id);

  /**
   * Returns every stored rule set.
   *
   * @return the rule sets ordered by id; empty when none is stored
   */
  List<RuleSet> findAll();

  /**
   * Returns every stored rule set as a catalog, from which each period's rule set is chosen.
   *
   * @return the catalog
   */
  default RuleSetCatalog catalog() {
    return RuleSetCatalog.of(findAll());
  }
}
