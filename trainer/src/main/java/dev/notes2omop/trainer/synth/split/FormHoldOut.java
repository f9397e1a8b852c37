package dev.notes2omop.trainer.synth.split;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the surface forms to hold out of train and test, so that a share of validation's forms
 * never occurs in train.
 *
 * <p>Forms of validation records that train lacks already count. The other forms of validation
 * records are taken cheapest first (those in the fewest train and test records; ties in an order
 * shuffled by the seed), which holds out the most forms for the records dropped; a form is held
 * out, and every train and test record holding it dropped, unless that would bring the records
 * dropped over the budget. It stops when the share is reached. Dropping a train record can leave
 * other validation forms unseen in train; those count too.
 *
 * <p>Cheapest first means the held-out forms are the rarer ones: rare terms and variants (typos,
 * abbreviations) rather than the most common terms, which is also where a model's generalisation
 * matters.
 */
final class FormHoldOut {

  /** The forms held out and the train/test records dropped (by index). */
  record Result(Set<String> heldOut, boolean[] dropped, int droppedCount) {}

  private FormHoldOut() {}

  static Result choose(
      List<Set<String>> forms, SplitName[] splitOf, SplitOptions options, long seed) {
    int n = forms.size();
    Map<String, Integer> inTrain = new HashMap<>();
    Map<String, List<Integer>> holders = new HashMap<>();
    Set<String> validationForms = new TreeSet<>();
    int trainAndTest = 0;
    for (int i = 0; i < n; i++) {
      if (splitOf[i] == SplitName.VALIDATION) {
        validationForms.addAll(forms.get(i));
        continue;
      }
      trainAndTest++;
      for (String form : forms.get(i)) {
        holders.computeIfAbsent(form, f -> new ArrayList<>()).add(i);
        if (splitOf[i] == SplitName.TRAIN) {
          inTrain.merge(form, 1, Integer::sum);
        }
      }
    }
    int unseen = 0;
    List<String> candidates = new ArrayList<>();
    for (String form : validationForms) {
      if (inTrain.getOrDefault(form, 0) == 0) {
        unseen++;
      } else {
        candidates.add(form);
      }
    }
    Map<String, Integer> costs = new HashMap<>();
    candidates.forEach(f -> costs.put(f, holders.get(f).size()));
    candidates.sort(
        Comparator.comparingInt((String f) -> costs.get(f))
            .thenComparingLong(f -> Hashing.of(seed, f))
            .thenComparing(f -> f));
    int target = (int) Math.ceil(options.unseenFormShare() * validationForms.size());
    long budget = (long) Math.floor(options.maxDropShare() * trainAndTest);
    boolean[] dropped = new boolean[n];
    int droppedCount = 0;
    Set<String> heldOut = new TreeSet<>();
    for (String form : candidates) {
      if (unseen >= target) {
        break;
      }
      if (inTrain.getOrDefault(form, 0) == 0) {
        continue;
      }
      List<Integer> records = holders.get(form);
      int cost = 0;
      for (int i : records) {
        cost += dropped[i] ? 0 : 1;
      }
      if (droppedCount + cost > budget) {
        continue;
      }
      heldOut.add(form);
      for (int i : records) {
        if (dropped[i]) {
          continue;
        }
        dropped[i] = true;
        droppedCount++;
        if (splitOf[i] == SplitName.TRAIN) {
          for (String f : forms.get(i)) {
            if (inTrain.merge(f, -1, Integer::sum) == 0 && validationForms.contains(f)) {
              unseen++;
            }
          }
        }
      }
    }
    return new Result(Collections.unmodifiableSet(heldOut), dropped, droppedCount);
  }
}
