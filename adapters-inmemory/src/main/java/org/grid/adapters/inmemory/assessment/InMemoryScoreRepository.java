package org.grid.adapters.inmemory.assessment;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.grid.assessment.model.AssessmentPeriod;
import org.grid.assessment.model.RuleSetId;
import org.grid.assessment.model.Score;
import org.grid.assessment.model.SubjectId;
import org.grid.assessment.port.out.ScoreRepository;

/** A {@link ScoreRepository} in memory; thread-safe. */
public final class InMemoryScoreRepository implements ScoreRepository {

  private record Key(SubjectId subject, AssessmentPeriod period, RuleSetId ruleSet) {}

  private final ConcurrentMap<Key, Score> scores = new ConcurrentHashMap<>();

  /** Creates an empty repository. */
  public InMemoryScoreRepository() {}

  @Override
  public void save(Score score) {
    requireNonNull(score, "score");
    scores.put(new Key(score.subject(), score.period(), score.ruleSet()), score);
  }

  @Override
  public Optional<Score> find(SubjectId subject, AssessmentPeriod period, RuleSetId ruleSet) {
    return Optional.ofNullable(scores.get(new Key(
        requireNonNull(subject, "subject"), requireNonNull(period, "period"), requireNonNull(ruleSet, "ruleSet"))));
  }

  @Override
  public List<Score> findByPeriod(AssessmentPeriod period) {
    requireNonNull(period, "period");
    return scores.values().stream()
        .filter(score -> score.period().equals(period))
        .sorted(Comparator.comparing(Score::ruleSet).thenComparing(Score::subject))
        .toList();
  }
}
