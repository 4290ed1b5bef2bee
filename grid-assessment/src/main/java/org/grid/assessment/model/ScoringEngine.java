package org.grid.assessment.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Scores subjects by a rule set (考核计分): the base line, then for each rule the evidence it counts in the period,
 * its points (per occurrence, capped per period) added or deducted. Deterministic: the same evidence in any order
 * gives the same score; evidence repeated exactly under one id counts once, and one id with two different contents
 * is refused rather than resolved by whichever came first (contents are told apart by fingerprints, see {@link
 * Scoring}). Linear in the evidence; evidence can be handed over piece by piece as it is derived ({@link
 * #scoring}).
 */
public final class ScoringEngine {

  private ScoringEngine() {}

  /**
   * Scores one subject.
   *
   * @param ruleSet the rule set; it must be valid for the whole period
   * @param subject the subject scored
   * @param period the period scored
   * @param evidence evidence of any subjects and days; only the subject's, in the period, counts
   * @return the score
   * @throws IllegalArgumentException as {@link #scoreAll}
   */
  public static Score score(
      RuleSet ruleSet, SubjectId subject, AssessmentPeriod period, Collection<Evidence> evidence) {
    return scoreAll(ruleSet, List.of(subject), period, evidence).get(subject);
  }

  /**
   * Scores many subjects by one rule set in one pass over the evidence.
   *
   * @param ruleSet the rule set; it must be valid for the whole period
   * @param subjects the subjects scored; each gets a score, evidence or not
   * @param period the period scored
   * @param evidence evidence of any subjects and days; only the subjects', in the period, counts
   * @return each subject's score, in the order of {@code subjects}
   * @throws IllegalArgumentException if the rule set's validity does not cover the period, or one evidence id is
   *     given twice with different content (the same evidence repeated exactly counts once)
   */
  public static Map<SubjectId, Score> scoreAll(
      RuleSet ruleSet, Collection<SubjectId> subjects, AssessmentPeriod period, Collection<Evidence> evidence) {
    requireNonNull(ruleSet, "ruleSet");
    Map<SubjectId, RuleSet> ruleSets = new LinkedHashMap<>();
    for (SubjectId subject : subjects) {
      ruleSets.put(subject, ruleSet);
    }
    return scoreAll(ruleSets, period, evidence);
  }

  /**
   * Scores many subjects, each by its own rule set, in one pass over the evidence: what a county runs for all its
   * party members, whose classes have rule sets of their own.
   *
   * @param ruleSets each subject scored with the rule set that scores it; every rule set valid for the period
   * @param period the period scored
   * @param evidence evidence of any subjects and days; only the subjects', in the period, counts
   * @return each subject's score, in the order of {@code ruleSets}
   * @throws IllegalArgumentException if a rule set's validity does not cover the period, or one evidence id is
   *     given twice with different content (the same evidence repeated exactly counts once)
   */
  public static Map<SubjectId, Score> scoreAll(
      Map<SubjectId, RuleSet> ruleSets, AssessmentPeriod period, Collection<Evidence> evidence) {
    requireNonNull(evidence, "evidence");
    Scoring scoring = scoring(ruleSets, period);
    evidence.forEach(scoring);
    return scoring.scores();
  }

  /**
   * Starts scoring a fixed set of subjects, each by its own rule set, from evidence handed over piece by piece as a
   * source derives it ({@link Scoring#accept}): a county year's million pieces are counted while they are made, never
   * held in one list. {@link #scoreAll(Map, AssessmentPeriod, Collection)} is this over a collection.
   *
   * @param ruleSets each subject with the rule set that scores it; every rule set valid for the period; not null
   * @param period the period scored, not null
   * @return the scoring, which gives the scores in the order of {@code ruleSets}
   * @throws IllegalArgumentException if a rule set's validity does not cover the period
   */
  public static Scoring scoring(Map<SubjectId, RuleSet> ruleSets, AssessmentPeriod period) {
    return new Scoring(ruleSets, null, period);
  }

  /**
   * Starts scoring the subjects the evidence names, all by one rule set: the given subjects, and every subject of a
   * piece handed over with {@link Scoring#acceptAndEnrol}. What the two-way assessment runs: every office that
   * handled a request in the period is scored, whether or not the county named it.
   *
   * @param ruleSet the rule set; it must be valid for the whole period; not null
   * @param subjects the subjects scored even without evidence, not null
   * @param period the period scored, not null
   * @return the scoring, which gives the scores in the natural order of the subjects
   * @throws IllegalArgumentException if the rule set's validity does not cover the period
   */
  public static Scoring scoringEnrolling(RuleSet ruleSet, Collection<SubjectId> subjects, AssessmentPeriod period) {
    requireNonNull(ruleSet, "ruleSet");
    Map<SubjectId, RuleSet> ruleSets = new LinkedHashMap<>();
    for (SubjectId subject : subjects) {
      ruleSets.put(requireNonNull(subject, "subject"), ruleSet);
    }
    return new Scoring(ruleSets, ruleSet, period);
  }

  /**
   * A scoring in progress (计分): counts each piece of evidence handed to it at once, by the rules of its subject's
   * rule set that count its type, and gives the scores when all is handed over. Evidence repeated exactly under one
   * id counts once; one id with two different contents is refused, whichever comes first. It keeps the ids and a
   * fingerprint of each piece's parts, not the pieces: the date exactly, the texts by hash code and length, so two
   * contents that differ only in texts of equal hash code and length count once, as a repeat does. Not thread-safe:
   * one source hands it evidence at a time.
   */
  public static final class Scoring implements Consumer<Evidence> {

    private final AssessmentPeriod period;
    private final RuleSet enrolling;
    /** The types the enrolling rule set counts (none in a fixed scoring). */
    private final Set<String> enrollingCounts;
    private final Map<RuleSet, Map<String, int[]>> rulesByType = new IdentityHashMap<>();
    private final Map<SubjectId, Tally> tallies;
    /** The subjects in the order given, for a fixed scoring's scores. */
    private final List<SubjectId> given;
    private final EvidenceTable seen = new EvidenceTable();
    private final Counted counted = new Counted();
    /** Room for every rule of any rule set scored: a subject's groups are {@code number * stride + rule}. */
    private final int stride;
    private int tallyCount;
    /** Pieces of subjects not (yet) scored, in an enrolling scoring: counted at the end if their subject enrols. */
    private final List<Evidence> pending = new ArrayList<>();
    /** The positions of the pending pieces among the pieces seen. */
    private int[] pendingPositions = new int[16];
    private boolean finished;

    private Scoring(Map<SubjectId, RuleSet> ruleSets, RuleSet enrolling, AssessmentPeriod period) {
      requireNonNull(ruleSets, "ruleSets");
      this.period = requireNonNull(period, "period");
      this.enrolling = enrolling;
      this.enrollingCounts = enrolling == null ? Set.of() : enrolling.countedTypes();
      Set<RuleSet> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
      distinct.addAll(ruleSets.values());
      if (enrolling != null) {
        distinct.add(enrolling);
      }
      int mostRules = 1;
      for (RuleSet ruleSet : distinct) {
        if (!requireNonNull(ruleSet, "ruleSet").validity().covers(period)) {
          throw new IllegalArgumentException("rule set " + ruleSet.id() + " is valid for " + ruleSet.validity()
              + ", not for the whole period " + period);
        }
        mostRules = Math.max(mostRules, ruleSet.rules().size());
      }
      stride = mostRules;
      tallies = new HashMap<>(Math.max(16, ruleSets.size() * 4 / 3 + 1));
      given = new ArrayList<>(ruleSets.size());
      for (Map.Entry<SubjectId, RuleSet> entry : ruleSets.entrySet()) {
        tallies.put(requireNonNull(entry.getKey(), "subject"), tally(entry.getValue()));
        given.add(entry.getKey());
      }
    }

    private Tally tally(RuleSet ruleSet) {
      if ((long) (tallyCount + 1) * stride > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("too many subjects to score: " + tallyCount + " with rule sets of up to "
            + stride + " rules");
      }
      return new Tally(ruleSet, rulesByType.computeIfAbsent(ruleSet, ScoringEngine::byType), tallyCount++);
    }

    /**
     * Counts a piece of evidence for its subject, if the subject is scored (in an enrolling scoring: if it is by the
     * time the scores are given) and the piece is dated in the period.
     *
     * @param item the evidence, not null
     * @throws IllegalArgumentException if another piece with the same id and a different content was handed over
     * @throws IllegalStateException if the scores were given already
     */
    @Override
    public void accept(Evidence item) {
      requireNonNull(item, "evidence");
      if (finished) {
        throw new IllegalStateException("the scores were given already");
      }
      int position = seen.addIfAbsent(item);
      if (position < 0) {
        return;
      }
      Tally tally = tallies.get(item.subject());
      if (tally == null) {
        if (enrolling != null) {
          if (pending.size() == pendingPositions.length) {
            pendingPositions = Arrays.copyOf(pendingPositions, pending.size() * 2);
          }
          pendingPositions[pending.size()] = position;
          pending.add(item);
        }
      } else if (period.contains(item.date())) {
        tally.count(item, position, counted, stride);
      }
    }

    /**
     * Scores the piece's subject too (by the enrolling rule set), then counts the piece as {@link #accept} does. A
     * piece of a type the enrolling rule set does not count only enrols its subject: it is neither kept nor checked
     * against another piece of its id.
     *
     * @param item the evidence, not null
     * @throws IllegalStateException if this scoring was not started with {@link #scoringEnrolling}, or the scores
     *     were given already
     * @throws IllegalArgumentException as {@link #accept}
     */
    public void acceptAndEnrol(Evidence item) {
      requireNonNull(item, "evidence");
      if (enrolling == null) {
        throw new IllegalStateException("this scoring scores a fixed set of subjects");
      }
      if (!finished) {
        tallies.computeIfAbsent(item.subject(), s -> tally(enrolling));
      }
      if (!enrollingCounts.contains(item.type())) {
        // It enrols its subject and counts nothing: not kept, so a source's enrolling pieces (a request's
        // TwoWayAssessment.HELD, say) cost the scoring no memory.
        if (finished) {
          throw new IllegalStateException("the scores were given already");
        }
        return;
      }
      accept(item);
    }

    /**
     * Gives the scores and ends the scoring.
     *
     * @return each subject's score: in the order the subjects were given to {@link #scoring}, or, for a scoring
     *     started with {@link #scoringEnrolling}, in the subjects' natural order
     * @throws IllegalStateException if the scores were given already
     */
    public Map<SubjectId, Score> scores() {
      if (finished) {
        throw new IllegalStateException("the scores were given already");
      }
      finished = true;
      for (int i = 0; i < pending.size(); i++) {
        Evidence item = pending.get(i);
        Tally tally = tallies.get(item.subject());
        if (tally != null && period.contains(item.date())) {
          tally.count(item, pendingPositions[i], counted, stride);
        }
      }
      Collection<SubjectId> order = enrolling == null ? given : new TreeSet<>(tallies.keySet());
      int[] grouped = new int[counted.size];
      Groups start = counted.group(tallyCount * stride, grouped);
      EvidenceId[] ids = seen.ids(grouped);
      Map<SubjectId, Score> scores = new LinkedHashMap<>();
      for (SubjectId subject : order) {
        scores.put(subject, tallies.get(subject).score(subject, period, grouped, start, stride, ids));
      }
      return scores;
    }
  }

  /**
   * The ids seen so far, each with a fingerprint of its piece's content: an open-addressing table whose slots each
   * hold, in one {@code int}, an id's position (plus one) in the low bits and a fragment of its hash code in the others,
   * so that looking an id up costs one read of the table (a county year hands over more than a million pieces, each
   * looked up once) and the table takes half the room of one that held the whole hash code beside the position (16 MB
   * rather than 32 MB for a county year: fewer cache and TLB misses). The table has twice as many slots as positions,
   * so a position always fits in the slot's low {@code log2(slots)} bits. The whole hash codes are kept by position,
   * written front to back, and read only when the table grows. The pieces themselves are not kept:
   * a piece is garbage once counted (a county year's pieces kept to the end cost the collector more than a sixth of
   * the scoring), and its id lives on as characters in {@link IdTexts}, made an object again only for the score. What tells a repeat from a clash is a fingerprint of each
   * part (type, subject, date, attributes), held in a {@code long[]} the collector never traces: the date exactly,
   * the texts by their hash codes and lengths. Two contents that differ in a part are told apart unless that part's
   * texts have equal hash codes and lengths, which a county's data does not have by accident (such a clash would
   * count once, as a repeat does).
   */
  private static final class EvidenceTable {
    private static final int PARTS = 4;
    private static final String[] PART_NAMES = {"type", "subject", "date", "attributes"};
    private final IdTexts texts = new IdTexts();
    /** By position, {@code PARTS} fingerprints a piece, one after the other, in chunks never copied. */
    private final LongChunks contents = new LongChunks();
    /** A piece's fingerprints as they are worked out (a field, so that working them out allocates nothing). */
    private final long[] parts = new long[PARTS];
    /** By position: the id's hash code, for growing the table. */
    private int[] hashes = new int[Growing.FIRST];
    /** 0 for an empty slot, else the hash's fragment above {@link #positionBits} bits of position plus one. */
    private int[] slots = new int[1024];
    /** {@code log2(slots.length)}: the low bits of a slot that hold its position plus one. */
    private int positionBits = 10;
    private int size;

    /**
     * Adds a piece unless one of its id is there: its position (0, 1, 2, … in the order added) if added; -1 if the
     * same piece was there.
     */
    int addIfAbsent(Evidence item) {
      String id = item.id().value();
      int hash = id.hashCode();
      int mixed = hash * 0x9E3779B9;
      int mask = slots.length - 1;
      int slot = mixed >>> (32 - positionBits);
      int fragment = mixed << positionBits; // the mixed hash's low bits, in the slot's high ones
      int there;
      while ((there = slots[slot]) != 0) {
        if ((there & ~mask) == fragment) {
          int position = (there & mask) - 1;
          if (texts.matches(position, id)) {
            requireSameContent(item, position);
            return -1;
          }
        }
        slot = (slot + 1) & mask;
      }
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
      }
      texts.add(id);
      fingerprint(item, parts, 0);
      for (long part : parts) {
        contents.add(part);
      }
      hashes[size] = hash;
      int position = size;
      slots[slot] = fragment | ++size; // the position plus one: 0 marks an empty slot
      if (size * 2 > slots.length) {
        grow();
      }
      return position;
    }

    /**
     * Makes the ids of the pieces at some positions again, in the order of their positions (the order their texts lie
     * in memory), each once however often it is named.
     *
     * @param positions positions of pieces seen, in any order, repeats allowed
     * @return by position: the id of each position named, null for the others
     */
    EvidenceId[] ids(int[] positions) {
      boolean[] named = new boolean[size];
      for (int position : positions) {
        named[position] = true;
      }
      EvidenceId[] ids = new EvidenceId[size];
      for (int position = 0; position < size; position++) {
        if (named[position]) {
          ids[position] = EvidenceId.of(texts.text(position));
        }
      }
      return ids;
    }

    private void requireSameContent(Evidence item, int position) {
      long[] parts = new long[PARTS];
      fingerprint(item, parts, 0);
      List<String> differing = new ArrayList<>();
      for (int p = 0; p < PARTS; p++) {
        if (parts[p] != contents.get(position * PARTS + p)) {
          differing.add(PART_NAMES[p]);
        }
      }
      if (!differing.isEmpty()) {
        throw new IllegalArgumentException("evidence " + item.id() + " is given twice with different content (differs in "
            + String.join(" and ", differing) + ")");
      }
    }

    /** Doubles the table and puts every position in again, by its hash code, in the order of the positions. */
    private void grow() {
      slots = new int[slots.length * 2];
      positionBits++;
      int mask = slots.length - 1;
      for (int position = 0; position < size; position++) {
        int mixed = hashes[position] * 0x9E3779B9;
        int slot = mixed >>> (32 - positionBits);
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = (mixed << positionBits) | (position + 1);
      }
    }

    /** The attributes' fingerprint being summed, entry by entry (a field, so that summing allocates nothing). */
    private long attributesSum;
    private final BiConsumer<String, String> addEntry = (key, value) ->
        attributesSum += mix(((long) key.hashCode() << 32) ^ (value.hashCode() & 0xFFFF_FFFFL)
            ^ ((long) value.length() << 20));

    /**
     * Writes the fingerprints of a piece's four parts, from the texts' hash codes (which strings keep once computed)
     * and the date's day: the attributes' is a sum over the entries, the same in any order of entries.
     */
    private void fingerprint(Evidence item, long[] into, int at) {
      into[at] = mix(item.type().hashCode());
      into[at + 1] = mix(((long) item.subject().value().hashCode() << 32) ^ item.subject().value().length());
      into[at + 2] = item.date().toEpochDay();
      attributesSum = 0;
      item.attributes().forEach(addEntry);
      into[at + 3] = attributesSum;
    }

    /** A 64-bit finalizer (from SplitMix64), so that summing entries' fingerprints mixes every bit. */
    private static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      return z ^ (z >>> 31);
    }
  }

  /** The indexes of a rule set's rules by the evidence type they count. */
  private static Map<String, int[]> byType(RuleSet ruleSet) {
    Map<String, int[]> byType = new HashMap<>();
    List<ScoringRule> rules = ruleSet.rules();
    for (int r = 0; r < rules.size(); r++) {
      int[] earlier = byType.getOrDefault(rules.get(r).counts(), new int[0]);
      int[] indexes = Arrays.copyOf(earlier, earlier.length + 1);
      indexes[earlier.length] = r;
      byType.put(rules.get(r).counts(), indexes);
    }
    return byType;
  }

  /**
   * One subject's rule set and its place among the counted ids: the pieces a subject's rules count are not kept in
   * lists of their own (tens of thousands of lists, each append a cache miss) but appended to {@link Counted} under the
   * subject's number and the rule's, and grouped once when the scores are given.
   */
  private static final class Tally {
    private final RuleSet ruleSet;
    private final Map<String, int[]> rulesByType;
    private final int number;

    Tally(RuleSet ruleSet, Map<String, int[]> rulesByType, int number) {
      this.ruleSet = ruleSet;
      this.rulesByType = rulesByType;
      this.number = number;
    }

    /** Counts a piece, which lies at {@code position} among the pieces seen, by every rule that counts it. */
    void count(Evidence item, int position, Counted counted, int stride) {
      int[] rules = rulesByType.get(item.type());
      if (rules == null) {
        return;
      }
      for (int r : rules) {
        if (ruleSet.rules().get(r).counts(item)) {
          counted.add(number * stride + r, position);
        }
      }
    }

    /**
     * The score: the base line, then a line per rule that counted anything, its ids sorted. {@code grouped} holds
     * the position among the pieces seen of every counted piece, grouped by subject and rule; those of rule {@code r}
     * lie from {@code start.from(number * stride + r)} to {@code start.to(...)}. {@code made} holds the ids by
     * position.
     */
    Score score(SubjectId subject, AssessmentPeriod period, int[] grouped, Groups start, int stride,
        EvidenceId[] made) {
      List<LineItem> lines = new ArrayList<>();
      lines.add(new LineItem(LineItem.BASE, "base score of " + ruleSet.id(), ImmutableList.of(), ruleSet.base(),
          false));
      for (int r = 0; r < ruleSet.rules().size(); r++) {
        int from = start.from(number * stride + r);
        int to = start.to(number * stride + r);
        if (from == to) {
          continue;
        }
        ScoringRule rule = ruleSet.rules().get(r);
        EvidenceId[] ids = new EvidenceId[to - from];
        for (int i = from; i < to; i++) {
          ids[i - from] = made[grouped[i]];
        }
        Arrays.sort(ids); // ids in their natural order, whatever the order of the evidence
        BigDecimal points = rule.pointsPerOccurrence().multiply(BigDecimal.valueOf(to - from));
        boolean capped = rule.capPerPeriod().isPresent() && points.compareTo(rule.capPerPeriod().get()) > 0;
        if (capped) {
          points = rule.capPerPeriod().get();
        }
        if (rule.direction() == Direction.DEDUCT) {
          points = points.negate();
        }
        lines.add(new LineItem(rule.id(), rule.description(), ImmutableList.copyOf(ids), points, capped));
      }
      return new Score(subject, period, ruleSet.id(), ImmutableList.copyOf(lines));
    }
  }

  /**
   * The pieces the rules counted, by their positions among the pieces seen, in the order they were counted, each
   * with its group (subject number times the stride, plus the rule's index): appended to two flat arrays that are
   * written front to back, so counting a piece writes memory that is already in cache (doubled as they fill: see
   * {@link Growing}); {@link #group} sorts them into their groups once, by counting.
   */
  private static final class Counted {
    private int[] groups = new int[Growing.FIRST];
    private int[] positions = new int[Growing.FIRST];
    private int size;

    void add(int group, int position) {
      if (size == positions.length) {
        groups = Arrays.copyOf(groups, size * 2);
        positions = Arrays.copyOf(positions, size * 2);
      }
      groups[size] = group;
      positions[size] = position;
      size++;
    }

    /**
     * Puts the positions into {@code grouped} group by group (in counting order within a group) and returns where
     * each group lies. By counting when there are not many more groups than pieces; otherwise (many subjects with
     * large rule sets, few pieces) by sorting the pieces, so that the memory follows the pieces, not the product of
     * subjects and rules.
     */
    Groups group(int groupCount, int[] grouped) {
      if (groupCount > Math.max(DENSE_GROUPS, 4L * size)) {
        return groupSparse(grouped);
      }
      int[] start = new int[groupCount + 1];
      for (int i = 0; i < size; i++) {
        start[groups[i] + 1]++;
      }
      for (int g = 0; g < groupCount; g++) {
        start[g + 1] += start[g];
      }
      int[] next = Arrays.copyOf(start, groupCount);
      for (int i = 0; i < size; i++) {
        grouped[next[groups[i]]++] = positions[i];
      }
      return new Groups(start, null);
    }

    private Groups groupSparse(int[] grouped) {
      long[] keyed = new long[size];
      for (int i = 0; i < size; i++) {
        keyed[i] = (long) groups[i] << 32 | i; // by group, then in counting order
      }
      Arrays.sort(keyed);
      int[] keys = new int[size];
      int[] start = new int[size + 1];
      int distinct = 0;
      for (int k = 0; k < size; k++) {
        int group = (int) (keyed[k] >>> 32);
        if (distinct == 0 || keys[distinct - 1] != group) {
          keys[distinct] = group;
          start[distinct] = k;
          distinct++;
        }
        grouped[k] = positions[(int) keyed[k]];
      }
      start[distinct] = size;
      return new Groups(Arrays.copyOf(start, distinct + 1), Arrays.copyOf(keys, distinct));
    }
  }

  /** Up to how many groups {@link Counted#group} counts into an array indexed by group, whatever the pieces. */
  private static final int DENSE_GROUPS = 1 << 22;

  /**
   * Where each group's positions lie in the grouped array: by group ({@code keys} null), or, for the groups that
   * have positions only, by their place among {@code keys}, ascending.
   */
  private static final class Groups {
    private final int[] start;
    private final int[] keys;

    Groups(int[] start, int[] keys) {
      this.start = start;
      this.keys = keys;
    }

    int from(int group) {
      if (keys == null) {
        return start[group];
      }
      int at = Arrays.binarySearch(keys, group);
      return at < 0 ? 0 : start[at];
    }

    int to(int group) {
      if (keys == null) {
        return start[group + 1];
      }
      int at = Arrays.binarySearch(keys, group);
      return at < 0 ? 0 : start[at + 1];
    }
  }

  /**
   * The id texts of the pieces seen, by position: their characters kept in large primitive chunks, one byte a
   * character when every character of the id fits in one (ids are mostly ASCII), else two. The collector copies such
   * chunks without tracing them (large ones it does not copy at all), where a county year's million id objects, kept
   * for the scores while the year is read, would be traced and evacuated at every collection.
   */
  private static final class IdTexts {
    /** The largest text chunk: the first is small, each next twice the last, up to this. */
    private static final int TEXT_CHUNK = 1 << 22;
    private byte[][] texts = new byte[4][];
    private int textChunk = -1;
    private int used;
    /** By position: the text chunk in the high 32 bits, the offset in it in the low. */
    private final LongChunks where = new LongChunks();
    /** By position: the length in characters, as {@code -1 - length} when stored two bytes a character. */
    private int[] lengths = new int[Growing.FIRST];
    private int size;

    void add(String text) {
      int length = text.length();
      boolean wide = false;
      for (int i = 0; i < length; i++) {
        if (text.charAt(i) > 0xFF) {
          wide = true;
          break;
        }
      }
      int bytes = wide ? length * 2 : length;
      if (textChunk < 0 || used + bytes > texts[textChunk].length) {
        if (++textChunk == texts.length) {
          texts = Arrays.copyOf(texts, textChunk * 2);
        }
        int chunkSize = textChunk == 0 ? Growing.FIRST * 32 : Math.min(TEXT_CHUNK, texts[textChunk - 1].length * 2);
        texts[textChunk] = new byte[Math.max(chunkSize, bytes)];
        used = 0;
      }
      byte[] into = texts[textChunk];
      if (wide) {
        for (int i = 0; i < length; i++) {
          char c = text.charAt(i);
          into[used + 2 * i] = (byte) (c >>> 8);
          into[used + 2 * i + 1] = (byte) c;
        }
      } else {
        for (int i = 0; i < length; i++) {
          into[used + i] = (byte) text.charAt(i);
        }
      }
      if (size == lengths.length) {
        lengths = Arrays.copyOf(lengths, size * 2);
      }
      where.add(((long) textChunk << 32) | used);
      lengths[size] = wide ? -1 - length : length;
      used += bytes;
      size++;
    }

    /** Tells whether the text at a position is {@code text}. */
    boolean matches(int position, String text) {
      int stored = lengths[position];
      boolean wide = stored < 0;
      int length = wide ? -1 - stored : stored;
      if (length != text.length()) {
        return false;
      }
      long at = where.get(position);
      byte[] from = texts[(int) (at >>> 32)];
      int offset = (int) at;
      for (int i = 0; i < length; i++) {
        char c = wide
            ? (char) (((from[offset + 2 * i] & 0xFF) << 8) | (from[offset + 2 * i + 1] & 0xFF))
            : (char) (from[offset + i] & 0xFF);
        if (c != text.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /** The text at a position, made anew. */
    String text(int position) {
      int stored = lengths[position];
      long at = where.get(position);
      byte[] from = texts[(int) (at >>> 32)];
      int offset = (int) at;
      if (stored >= 0) {
        return new String(from, offset, stored, StandardCharsets.ISO_8859_1);
      }
      char[] chars = new char[-1 - stored];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (((from[offset + 2 * i] & 0xFF) << 8) | (from[offset + 2 * i + 1] & 0xFF));
      }
      return new String(chars);
    }
  }

  /**
   * A list of {@code long}s written front to back in chunks that are never copied: the first holds {@link
   * Growing#FIRST} elements, each next twice the last, up to {@link #LARGEST}, then more of that size. Where a flat
   * array doubled as it filled allocates (and copies) about twice its final capacity, these allocate the elements'
   * room once and copy nothing: a county year's fingerprints and text places allocate about 120 MB less a run. The large
   * chunks lie outside the young generation (past G1's humongous size), as the doubled arrays did.
   */
  private static final class LongChunks {
    /** The largest chunk, in elements: 8 MiB. */
    private static final int LARGEST = 1 << 20;
    private long[][] chunks = new long[8][];
    /** By chunk: the index of its first element. */
    private int[] starts = new int[8];
    private int count;
    private long[] current;
    private int used;
    private int size;

    void add(long value) {
      if (current == null || used == current.length) {
        if (count == chunks.length) {
          chunks = Arrays.copyOf(chunks, count * 2);
          starts = Arrays.copyOf(starts, count * 2);
        }
        current = new long[current == null ? Growing.FIRST : Math.min(LARGEST, current.length * 2)];
        chunks[count] = current;
        starts[count] = size;
        count++;
        used = 0;
      }
      current[used++] = value;
      size++;
    }

    /** The element at an index below the size; the last chunks, which hold most elements, are looked at first. */
    long get(int index) {
      int chunk = count - 1;
      while (starts[chunk] > index) {
        chunk--;
      }
      return chunks[chunk][index - starts[chunk]];
    }
  }

  /**
   * How the bookkeeping of a scoring grows: flat primitive arrays that start at {@link #FIRST} elements and are
   * doubled when full. A small scoring (a member, a few pieces) allocates a few kilobytes; a county year's arrays grow
   * past the collector's humongous size (half a heap region) after a few doublings and are then allocated outside the
   * young generation, so young collections during a long scoring neither trace nor copy them (chunks of a fixed
   * smaller size were copied at every young collection until promoted). Doubling copies each element about once.
   */
  private static final class Growing {
    /** The first size of each array, in elements. */
    static final int FIRST = 64;

    private Growing() {}
  }
}
