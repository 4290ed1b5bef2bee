package org.grid.adapters.inmemory.duty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.grid.core.model.jurisdiction.TownshipId;
import org.grid.core.port.out.ReportedMissRepository;

/**
 * A {@link ReportedMissRepository} (已通报的未履职事项) in a concurrent map of key sets by township. Thread-safe: two
 * threads recording one key see it new in one of them only.
 */
public final class InMemoryReportedMissRepository implements ReportedMissRepository {

  private final Map<TownshipId, Set<String>> recorded = new ConcurrentHashMap<>();

  /** Creates an empty repository. */
  public InMemoryReportedMissRepository() {}

  @Override
  public List<String> recordNew(TownshipId township, List<String> keys, Instant at) {
    requireNonNull(township, "township");
    requireNonNull(keys, "keys");
    requireNonNull(at, "at");
    Set<String> given = ReportedMissRepository.checkedKeys(keys);
    Set<String> keysOfTownship = recorded.computeIfAbsent(township, t -> ConcurrentHashMap.newKeySet());
    List<String> added = new ArrayList<>();
    for (String key : given) {
      if (keysOfTownship.add(key)) {
        added.add(key);
      }
    }
    return added;
  }

  @Override
  public boolean isRecorded(TownshipId township, String key) {
    requireNonNull(township, "township");
    requireNonNull(key, "key");
    Set<String> keysOfTownship = recorded.get(township);
    return keysOfTownship != null && keysOfTownship.contains(key);
  }
}
