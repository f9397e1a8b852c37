package dev.notes2omop.trainer.synth.run;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.GenerationRequest;
import dev.notes2omop.trainer.synth.split.SplitName;
import dev.notes2omop.trainer.synth.split.Splits;
import dev.notes2omop.trainer.synth.split.TrimPriority;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what each round asks of the tutor, and when the data set is complete.
 *
 * <p>The first round asks for the records wanted and a tenth more (an LLM is paid by the record),
 * with the minimum shares and a margin of {@value #SHARE_MARGIN}. Later rounds ask for what the
 * yield so far (records in the splits per record generated, split by split) says is missing; when
 * negatives fall short (short texts without mentions repeat, so validation rejects many), the round
 * asks for enough of them at their own yield, raising the negative share of the request; when a
 * label falls short, its share. The set is complete when every split holds its share of the records
 * and, once trimmed to those shares, negatives and every label reach their minimum.
 */
final class RoundPlanner {

  /** Added to the minimum shares asked of the tutor and kept first when trimming. */
  static final double SHARE_MARGIN = 0.02;

  private final SynthSettings settings;
  private final int[] quota;
  private long generated;
  private long generatedNegatives;

  RoundPlanner(SynthSettings settings) {
    this.settings = settings;
    int n = settings.records();
    int train = (int) Math.min(n, Math.round(n * settings.split().ratios().train()));
    int test = (int) Math.min(n - train, Math.round(n * settings.split().ratios().test()));
    this.quota = new int[] {train, test, n - train - test};
  }

  /** Records wanted in {@code split}: its share of the total, validation taking the rounding. */
  int quota(SplitName split) {
    return quota[split.ordinal()];
  }

  /** Counts a batch the tutor gave. */
  void generated(List<SynthRecord> batch) {
    generated += batch.size();
    generatedNegatives += batch.stream().filter(RoundPlanner::isNegative).count();
  }

  /** What trimming keeps first: negatives, then each label, up to their minimum and the margin. */
  List<TrimPriority> priorities() {
    List<TrimPriority> priorities = new ArrayList<>();
    priorities.add(
        new TrimPriority(
            "negatives", RoundPlanner::isNegative, settings.minNegativeShare() + SHARE_MARGIN));
    for (EntityLabel label : EntityLabel.values()) {
      priorities.add(
          new TrimPriority(
              label.name(), r -> hasLabel(r, label), settings.minLabelShare() + SHARE_MARGIN));
    }
    return priorities;
  }

  /** {@code splits} trimmed to the quotas. */
  Splits trim(Splits splits) {
    return splits.trimmedTo(quota[0], quota[1], quota[2], settings.seed(), priorities());
  }

  /**
   * How far {@code trimmed} is from complete: records missing, plus negatives and label records
   * missing from their minimums; 0 when complete.
   */
  long shortfall(Splits trimmed) {
    long missing = 0;
    for (SplitName split : SplitName.values()) {
      missing += Math.max(0, quota(split) - trimmed.get(split).size());
    }
    List<SynthRecord> all = all(trimmed);
    int n = settings.records();
    missing += Math.max(0, needed(settings.minNegativeShare(), n) - count(all, true, null));
    for (EntityLabel label : EntityLabel.values()) {
      missing += Math.max(0, needed(settings.minLabelShare(), n) - count(all, false, label));
    }
    return missing;
  }

  /** The request of round {@code round}, at most {@code remaining} records. */
  GenerationRequest request(int round, Splits splits, Splits trimmed, long remaining) {
    int n = settings.records();
    double negativeShare = settings.minNegativeShare() + SHARE_MARGIN;
    double labelShare = settings.minLabelShare() + SHARE_MARGIN;
    long count;
    if (round == 1) {
      count = n + (n + 9) / 10;
    } else {
      count = recordsMissing(splits);
      List<SynthRecord> kept = all(trimmed);
      long negativesMissing = needed(negativeShare, n) - count(kept, true, null);
      if (negativesMissing > 0) {
        double yield = Math.max(0.05, (double) count(all(splits), true, null) / generatedNegatives);
        double toGenerate = negativesMissing / yield * 1.1;
        count = Math.max(count, (long) Math.ceil(toGenerate / 0.9));
        negativeShare = Math.max(negativeShare, Math.min(0.9, toGenerate / count));
      }
      for (EntityLabel label : EntityLabel.values()) {
        if (count(kept, false, label) < needed(labelShare, n)) {
          labelShare = 0.25;
        }
      }
      count = Math.max(count, Math.max(50, n / 20));
    }
    long seed = round == 1 ? settings.seed() : settings.seed() * 1_000_003L + round;
    return new GenerationRequest(
        (int) Math.min(count, remaining),
        seed,
        Math.min(0.25, labelShare),
        Math.min(0.9, negativeShare),
        List.of());
  }

  /** Records to generate for the split furthest behind, at the yield of each split so far. */
  private long recordsMissing(Splits splits) {
    double needed = 0;
    for (SplitName split : SplitName.values()) {
      int have = splits.get(split).size();
      int want = quota(split);
      if (have >= want) {
        continue;
      }
      double perGenerated = generated == 0 ? 0 : (double) have / generated;
      needed =
          Math.max(needed, perGenerated > 0 ? (want - have) / perGenerated : settings.records());
    }
    return (long) Math.ceil(needed * 1.1);
  }

  private static long needed(double share, int n) {
    return (long) Math.ceil(share * n - 1e-9);
  }

  private static List<SynthRecord> all(Splits splits) {
    List<SynthRecord> all = new ArrayList<>(splits.size());
    for (SplitName split : SplitName.values()) {
      all.addAll(splits.get(split));
    }
    return all;
  }

  private static long count(List<SynthRecord> records, boolean negatives, EntityLabel label) {
    return records.stream().filter(r -> negatives ? isNegative(r) : hasLabel(r, label)).count();
  }

  static boolean isNegative(SynthRecord record) {
    return record.meta().kind() != RecordKind.POSITIVE;
  }

  static boolean hasLabel(SynthRecord record, EntityLabel label) {
    return record.entities().stream().anyMatch(e -> e.label() == label);
  }
}
