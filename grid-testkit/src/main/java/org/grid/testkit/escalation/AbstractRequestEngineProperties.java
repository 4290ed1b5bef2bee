package org.grid.testkit.escalation;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.ActionChain;
import org.grid.core.port.out.UnitOfWork;
import org.grid.escalation.port.out.PlaceDirectory;
import org.grid.escalation.port.out.RequestRepository;
import org.grid.escalation.port.out.StaffDirectory;
import org.grid.testkit.CountingUnitOfWork;

/**
 * The stateful property of the request engine: random reports, commands (some by intruders, with stale versions
 * or retried ids) and clock advances with sweeps, checking after every step that no request disappears, history
 * only grows, each open request has exactly one next deadline, a closed request has feedback, a department that
 * returned a request never holds it again, the current category follows the recategorizations, the originals of
 * duplicates never loop, and the sweep is idempotent. Each repository adapter's test extends
 * this class.
 */
public abstract class AbstractRequestEngineProperties {

  /**
   * For the subclass that JUnit runs, which supplies the request repository the engine runs on through {@link
   * #newRepository()}.
   */
  protected AbstractRequestEngineProperties() {}

  /**
   * Returns a new, empty repository.
   *
   * @return the repository
   */
  protected abstract RequestRepository newRepository();

  /**
   * Returns the unit of work the engine runs in, over the same store as {@link #newRepository()}'s repository.
   * Adapters whose calls need no transaction keep the default, which runs the work as it is.
   *
   * @return the unit of work
   */
  protected UnitOfWork unitOfWork() {
    return new CountingUnitOfWork();
  }

  /**
   * Returns a new, empty staff directory, into which each chain's harness saves the sample and intruder
   * appointments. Override it with your adapter's; the default is a list in memory.
   *
   * @return the directory
   */
  protected StaffDirectory newStaffDirectory() {
    return new SampleStaffDirectory();
  }

  /**
   * Returns a new, empty place directory, in which each chain's harness adopts the sample plan. Override it with
   * your adapter's; the default is a set in memory.
   *
   * @return the directory
   */
  protected PlaceDirectory newPlaceDirectory() {
    return new SamplePlaceDirectory();
  }

  /**
   * The invariants hold after every step of any chain.
   *
   * @param chain the chain
   */
  @Property(tries = 200)
  void the_invariants_hold_after_every_step(@ForAll("chains") ActionChain<RequestEngineHarness> chain) {
    RequestEngineHarness end = chain.withInvariant("invariants", RequestEngineHarness::checkInvariants).run();
    // Show how far the chains get, so a generator that never reaches a path is noticed.
    end.transitionsSeen().forEach(kind -> Statistics.label("transitions reached").collect(kind));
  }

  /**
   * Provides the chains.
   *
   * @return chains of up to 80 steps
   */
  @Provide
  Arbitrary<ActionChain<RequestEngineHarness>> chains() {
    return EscalationArbitraries.engineChains(() -> new RequestEngineHarness(newRepository(), unitOfWork(),
            newStaffDirectory(), newPlaceDirectory()))
        .withMaxTransformations(80);
  }
}
