package dev.notes2omop.trainer.synth.grammar;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.synth.GenerationRequest;
import java.util.SplittableRandom;

/**
 * What each record of a request is to be, decided before any is written: its kind and the labels
 * its template must hold. This is what honours the request's shares, whatever the templates hold.
 *
 * <p>Negatives and hard negatives (half each) make up {@link #DEFAULT_NEGATIVE_SHARE} of the
 * records, or the request's minimum if higher. Each positive record must hold one label, in turn,
 * so that each label gets a quarter of the positives; when that is less than the request's minimum
 * share, some records must hold a second label. The plan is shuffled with the seed.
 */
final class RecordPlan {

  /** The share of negatives and hard negatives when the request asks for less. */
  static final double DEFAULT_NEGATIVE_SHARE = 0.15;

  private static final int LABELS = EntityLabel.values().length;

  private final RecordKind[] kinds;
  private final int[] masks;

  private RecordPlan(RecordKind[] kinds, int[] masks) {
    this.kinds = kinds;
    this.masks = masks;
  }

  static RecordPlan of(GenerationRequest request) {
    int n = request.count();
    int perLabel = atLeast(request.minLabelShare(), n);
    int minNegatives = atLeast(request.minNegativeShare(), n);
    int negatives =
        Math.max(
            minNegatives, Math.min((int) Math.round(DEFAULT_NEGATIVE_SHARE * n), n - 2 * perLabel));
    negatives = Math.min(Math.max(negatives, 0), n);
    int hard = (negatives + 1) / 2;
    RecordKind[] kinds = new RecordKind[n];
    int[] masks = new int[n];
    for (int i = 0; i < n; i++) {
      kinds[i] =
          i < hard
              ? RecordKind.HARD_NEGATIVE
              : i < negatives ? RecordKind.NEGATIVE : RecordKind.POSITIVE;
    }
    int positives = n - negatives;
    int[] primaries = new int[LABELS];
    for (int j = 0; j < positives; j++) {
      masks[negatives + j] = 1 << (j % LABELS);
      primaries[j % LABELS]++;
    }
    for (int label = 0; label < LABELS; label++) {
      int missing = perLabel - primaries[label];
      int donor = (label + LABELS - 1) % LABELS;
      for (int j = donor; j < positives && missing > 0; j += LABELS) {
        masks[negatives + j] |= 1 << label;
        missing--;
      }
    }
    shuffle(kinds, masks, new SplittableRandom(request.seed() ^ 0x2545F4914F6CDD1DL));
    return new RecordPlan(kinds, masks);
  }

  private static int atLeast(double share, int n) {
    return (int) Math.ceil(share * n - 1e-9);
  }

  private static void shuffle(RecordKind[] kinds, int[] masks, SplittableRandom rng) {
    for (int i = kinds.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      RecordKind kind = kinds[i];
      kinds[i] = kinds[j];
      kinds[j] = kind;
      int mask = masks[i];
      masks[i] = masks[j];
      masks[j] = mask;
    }
  }

  int size() {
    return kinds.length;
  }

  /** The kind of record {@code i}. */
  RecordKind kind(int i) {
    return kinds[i];
  }

  /** The labels record {@code i} must hold, bit {@code label.ordinal()} for each. */
  int labelMask(int i) {
    return masks[i];
  }
}
