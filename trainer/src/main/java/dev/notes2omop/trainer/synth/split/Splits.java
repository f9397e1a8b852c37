package dev.notes2omop.trainer.synth.split;

import dev.notes2omop.trainer.data.SynthRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records split three ways.
 *
 * @param train the training records
 * @param test the test records
 * @param validation the out-of-sample validation records
 * @param repeatedTexts records dropped because their normalised text repeated an earlier record's
 * @param heldOutDropped train and test records dropped because they held a held-out surface form
 * @param heldOutForms the surface forms held out of train and test
 */
public record Splits(
    List<SynthRecord> train,
    List<SynthRecord> test,
    List<SynthRecord> validation,
    int repeatedTexts,
    int heldOutDropped,
    Set<String> heldOutForms) {

  public Splits {
    train = List.copyOf(train);
    test = List.copyOf(test);
    validation = List.copyOf(validation);
    heldOutForms = Set.copyOf(heldOutForms);
  }

  /** The records of {@code split}. */
  public List<SynthRecord> get(SplitName split) {
    return switch (split) {
      case TRAIN -> train;
      case TEST -> test;
      case VALIDATION -> validation;
    };
  }

  /** Records in all three splits. */
  public int size() {
    return train.size() + test.size() + validation.size();
  }

  /** The distinct surface forms of train. */
  public Set<String> trainForms() {
    Set<String> forms = new HashSet<>();
    train.forEach(r -> forms.addAll(SurfaceForms.of(r)));
    return forms;
  }

  /**
   * These splits with at most the given number of records each, chosen by a hash of their id and
   * {@code seed} (the same sample for the same seed, spread over the whole split). Records that
   * meet a {@link TrimPriority} come first, in the order given, until the priority's share of the
   * split is kept; the rest is filled in hash order. Records keep their order.
   */
  public Splits trimmedTo(
      int maxTrain, int maxTest, int maxValidation, long seed, List<TrimPriority> priorities) {
    return new Splits(
        trim(train, maxTrain, seed, priorities),
        trim(test, maxTest, seed, priorities),
        trim(validation, maxValidation, seed, priorities),
        repeatedTexts,
        heldOutDropped,
        heldOutForms);
  }

  /** {@link #trimmedTo(int, int, int, long, List)} without priorities. */
  public Splits trimmedTo(int maxTrain, int maxTest, int maxValidation, long seed) {
    return trimmedTo(maxTrain, maxTest, maxValidation, seed, List.of());
  }

  /** These splits with each split's records sorted by {@code order}. */
  public Splits sortedBy(Comparator<SynthRecord> order) {
    return new Splits(
        sorted(train, order),
        sorted(test, order),
        sorted(validation, order),
        repeatedTexts,
        heldOutDropped,
        heldOutForms);
  }

  private static List<SynthRecord> sorted(
      List<SynthRecord> records, Comparator<SynthRecord> order) {
    List<SynthRecord> copy = new ArrayList<>(records);
    copy.sort(order);
    return copy;
  }

  private static List<SynthRecord> trim(
      List<SynthRecord> records, int max, long seed, List<TrimPriority> priorities) {
    if (records.size() <= max) {
      return records;
    }
    List<Integer> order = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingLong((Integer i) -> Hashing.of(seed, records.get(i).id()))
            .thenComparing(i -> records.get(i).id()));
    boolean[] keep = new boolean[records.size()];
    int kept = 0;
    for (TrimPriority priority : priorities) {
      int wanted = (int) Math.min(max, Math.ceil(priority.share() * max));
      int have = 0;
      for (int i = 0; i < records.size(); i++) {
        have += keep[i] && priority.matches().test(records.get(i)) ? 1 : 0;
      }
      for (int k = 0; k < order.size() && have < wanted && kept < max; k++) {
        int i = order.get(k);
        if (!keep[i] && priority.matches().test(records.get(i))) {
          keep[i] = true;
          kept++;
          have++;
        }
      }
    }
    for (int k = 0; k < order.size() && kept < max; k++) {
      int i = order.get(k);
      if (!keep[i]) {
        keep[i] = true;
        kept++;
      }
    }
    List<SynthRecord> out = new ArrayList<>(max);
    for (int i = 0; i < records.size(); i++) {
      if (keep[i]) {
        out.add(records.get(i));
      }
    }
    return out;
  }
}
