package dev.notes2omop.trainer.synth.split;

import dev.notes2omop.trainer.data.SynthRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Splits records into train, test and validation, deterministically for a seed.
 *
 * <ol>
 *   <li>A record whose normalised text ({@link SurfaceForms#textKey}) repeats an earlier record's
 *       is dropped, so no text is in two splits.
 *   <li>Whole template families ({@code meta.family}) go to one split: families are taken largest
 *       first (ties in an order shuffled by the seed), and each goes to the split, among those it
 *       fits in, furthest below its share of the records.
 *   <li>Surface forms are held out of train and test ({@link FormHoldOut}) until {@link
 *       SplitOptions#unseenFormShare()} of validation's distinct forms never occur in train,
 *       dropping at most {@link SplitOptions#maxDropShare()} of train and test.
 * </ol>
 *
 * <p>Records keep their input order within each split.
 */
public final class Splitter {

  private static final SplitName[] SPLITS = SplitName.values();

  private final SplitOptions options;
  private final long seed;

  public Splitter(SplitOptions options, long seed) {
    this.options = options;
    this.seed = seed;
  }

  public Splits split(List<SynthRecord> input) {
    List<SynthRecord> records = new ArrayList<>(input.size());
    Set<String> texts = new HashSet<>();
    for (SynthRecord record : input) {
      if (texts.add(SurfaceForms.textKey(record))) {
        records.add(record);
      }
    }
    SplitName[] splitOf = assignFamilies(records);
    List<Set<String>> forms = new ArrayList<>(records.size());
    records.forEach(r -> forms.add(SurfaceForms.of(r)));
    FormHoldOut.Result holdOut = FormHoldOut.choose(forms, splitOf, options, seed);
    List<List<SynthRecord>> out = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < records.size(); i++) {
      if (!holdOut.dropped()[i]) {
        out.get(splitOf[i].ordinal()).add(records.get(i));
      }
    }
    return new Splits(
        out.get(0),
        out.get(1),
        out.get(2),
        input.size() - records.size(),
        holdOut.droppedCount(),
        holdOut.heldOut());
  }

  private SplitName[] assignFamilies(List<SynthRecord> records) {
    Map<String, List<Integer>> byFamily = new TreeMap<>();
    for (int i = 0; i < records.size(); i++) {
      byFamily.computeIfAbsent(records.get(i).meta().family(), f -> new ArrayList<>()).add(i);
    }
    List<String> families = new ArrayList<>(byFamily.keySet());
    families.sort(
        Comparator.comparingInt((String f) -> -byFamily.get(f).size())
            .thenComparingLong(f -> Hashing.of(seed, f))
            .thenComparing(f -> f));
    SplitName[] splitOf = new SplitName[records.size()];
    long[] assigned = new long[SPLITS.length];
    double total = records.size();
    for (String family : families) {
      SplitName best = chooseSplit(byFamily.get(family).size(), assigned, total);
      for (int i : byFamily.get(family)) {
        splitOf[i] = best;
      }
      assigned[best.ordinal()] += byFamily.get(family).size();
    }
    return splitOf;
  }

  /**
   * The split for a family of {@code size} records: of the splits it fits in (without going over
   * their share), the one furthest below its share relative to that share, so that every split gets
   * large and small families; when it fits nowhere, the split with the most records missing.
   */
  private SplitName chooseSplit(int size, long[] assigned, double total) {
    SplitName best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    SplitName roomiest = null;
    double mostMissing = Double.NEGATIVE_INFINITY;
    for (SplitName split : SPLITS) {
      double share = options.ratios().share(split);
      if (share <= 0) {
        continue;
      }
      double missing = share * total - assigned[split.ordinal()];
      if (missing > mostMissing) {
        mostMissing = missing;
        roomiest = split;
      }
      if (size <= missing && missing / share > bestScore) {
        bestScore = missing / share;
        best = split;
      }
    }
    return best != null ? best : roomiest;
  }
}
