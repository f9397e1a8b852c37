package dev.notes2omop.trainer.synth.run;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.RecordCodec;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.Tutor;
import dev.notes2omop.trainer.synth.llm.CostReport;
import dev.notes2omop.trainer.synth.split.SplitName;
import dev.notes2omop.trainer.synth.split.SplitStats;
import dev.notes2omop.trainer.synth.split.Splits;
import dev.notes2omop.trainer.synth.split.Splitter;
import dev.notes2omop.trainer.synth.validate.ValidationChain;
import dev.notes2omop.trainer.synth.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tutor → validators → splitter → files.
 *
 * <p>Records are generated in rounds ({@link RoundPlanner}): each round asks the tutor for what is
 * still missing at the yield so far, validates the records, splits everything accepted so far and
 * trims each split to its share of {@link SynthSettings#records()} (a sample chosen by the seed,
 * negatives and each label kept first up to their minimum share). It stops when the trimmed splits
 * are complete (every split full, negatives and labels at their minimum), when a round brings them
 * no closer, or after {@link SynthSettings#maxRounds()} rounds or {@link
 * SynthSettings#maxGeneratedFactor()} times the records wanted. Each split is sorted by record id
 * and written as {@code train.jsonl}, {@code test.jsonl} and {@code validation.jsonl}; then {@code
 * report.json} and {@code report.md}. Every file is written whole or not at all. The record files
 * depend only on the tutor's records and the seed (no time in them): a deterministic tutor gives
 * byte-identical files for the same seed.
 *
 * <p>The shares reached are checked and any shortfall reported as a warning.
 */
public final class SynthRunner {

  private static final Logger log = LoggerFactory.getLogger(SynthRunner.class);

  private final Tutor tutor;
  private final ValidationChain validators;
  private final SynthSettings settings;
  private final SynthProgress progress;
  private final Supplier<CostReport> cost;

  /**
   * @param tutor writes the records
   * @param validators judge them (the rules first)
   * @param settings what to make
   * @param progress told after each round
   * @param cost what LLM calls cost so far, or {@code null} when no LLM is used
   */
  public SynthRunner(
      Tutor tutor,
      ValidationChain validators,
      SynthSettings settings,
      SynthProgress progress,
      Supplier<CostReport> cost) {
    this.tutor = tutor;
    this.validators = validators;
    this.settings = settings;
    this.progress = progress;
    this.cost = cost;
  }

  /**
   * Makes the data set and writes it into {@code outDir}.
   *
   * @throws IOException when a file cannot be written
   * @throws dev.notes2omop.trainer.synth.TutorException when the tutor or a validator fails
   */
  public SynthReport run(Path outDir) throws IOException {
    long started = System.nanoTime();
    RoundPlanner planner = new RoundPlanner(settings);
    ValidationReport validation = new ValidationReport();
    Splitter splitter = new Splitter(settings.split(), settings.seed());
    List<SynthRecord> accepted = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    long generated = 0;
    long maxGenerated = (long) Math.ceil(settings.maxGeneratedFactor() * settings.records());
    Splits splits = splitter.split(List.of());
    Splits trimmed = splits;
    long shortfall = Long.MAX_VALUE;
    int round = 0;
    while (round < settings.maxRounds() && generated < maxGenerated) {
      round++;
      List<SynthRecord> batch =
          tutor.generate(planner.request(round, splits, trimmed, maxGenerated - generated));
      planner.generated(batch);
      generated += batch.size();
      List<SynthRecord> kept = validators.apply(uniqueIds(batch, ids, round), validation);
      accepted.addAll(kept);
      splits = splitter.split(accepted);
      trimmed = planner.trim(splits);
      progress.round(round, generated, accepted.size(), trimmed.size(), settings.records());
      log.info(
          "round {}: {} generated, {} accepted, {} in splits",
          round,
          batch.size(),
          kept.size(),
          splits.size());
      long left = planner.shortfall(trimmed);
      if (left == 0 || left >= shortfall) {
        break;
      }
      shortfall = left;
    }
    Splits written = trimmed.sortedBy(ID_ORDER);
    Map<SplitName, Path> files = writeSplits(written, outDir);
    SynthReport report =
        report(
            written,
            new SynthReport.Generation(
                round,
                generated,
                accepted.size(),
                splits.repeatedTexts(),
                splits.heldOutForms().size(),
                splits.heldOutDropped(),
                splits.size() - trimmed.size()),
            validation,
            Duration.ofNanos(System.nanoTime() - started),
            files);
    ReportWriter.write(report, outDir);
    return report;
  }

  private static final Comparator<SynthRecord> ID_ORDER = Comparator.comparing(SynthRecord::id);

  /** The batch with ids already used in earlier rounds made unique. */
  private static List<SynthRecord> uniqueIds(List<SynthRecord> batch, Set<String> ids, int round) {
    List<SynthRecord> out = new ArrayList<>(batch.size());
    for (SynthRecord record : batch) {
      SynthRecord r = record;
      for (int k = 1; !ids.add(r.id()); k++) {
        r =
            new SynthRecord(
                record.id() + "-r" + round + (k > 1 ? "." + k : ""),
                record.text(),
                record.tokens(),
                record.tags(),
                record.entities(),
                record.meta());
      }
      out.add(r);
    }
    return out;
  }

  private static Map<SplitName, Path> writeSplits(Splits splits, Path outDir) throws IOException {
    Map<SplitName, Path> files = new EnumMap<>(SplitName.class);
    for (SplitName split : SplitName.values()) {
      Path file = outDir.resolve(split.fileStem() + ".jsonl");
      List<SynthRecord> records = splits.get(split);
      AtomicFiles.write(
          file,
          out -> {
            for (SynthRecord record : records) {
              out.write(RecordCodec.toJson(record));
              out.write('\n');
            }
          });
      files.put(split, file);
    }
    return files;
  }

  private SynthReport report(
      Splits splits,
      SynthReport.Generation generation,
      ValidationReport validation,
      Duration time,
      Map<SplitName, Path> files) {
    Set<String> trainForms = splits.trainForms();
    Map<SplitName, SplitStats> stats = new EnumMap<>(SplitName.class);
    List<SynthRecord> all = new ArrayList<>(splits.size());
    for (SplitName split : SplitName.values()) {
      stats.put(
          split, SplitStats.of(splits.get(split), split == SplitName.TRAIN ? null : trainForms));
      all.addAll(splits.get(split));
    }
    SplitStats total = SplitStats.of(all, null);
    List<String> validatorIds = new ArrayList<>();
    validators.validators().forEach(v -> validatorIds.add(v.id()));
    return new SynthReport(
        settings,
        tutor.id(),
        validatorIds,
        stats,
        total,
        generation,
        validation,
        time,
        cost == null ? null : cost.get(),
        warnings(stats, total),
        files);
  }

  private List<String> warnings(Map<SplitName, SplitStats> stats, SplitStats total) {
    List<String> warnings = new ArrayList<>();
    if (total.records() < settings.records()) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "only %d of the %d records wanted: the tutor's records ran out or too many were"
                  + " rejected (see the rejections)",
              total.records(),
              settings.records()));
    }
    for (EntityLabel label : EntityLabel.values()) {
      if (total.labelShare(label) < settings.minLabelShare()) {
        warnings.add(
            String.format(
                Locale.ROOT,
                "%s is in %.1f%% of records, below the minimum %.1f%%",
                label,
                100 * total.labelShare(label),
                100 * settings.minLabelShare()));
      }
    }
    if (total.negativeShare() < settings.minNegativeShare()) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "negatives and hard negatives are %.1f%% of records, below the minimum %.1f%%",
              100 * total.negativeShare(),
              100 * settings.minNegativeShare()));
    }
    Double unseen = stats.get(SplitName.VALIDATION).unseenInTrainShare();
    // the splitter aims at unseenFormShare; trimming validation can lower it a little
    double target = settings.split().unseenFormShare() * 0.8;
    if (unseen != null && unseen < target) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "%.1f%% of validation surface forms are unseen in train, below %.1f%%",
              100 * unseen,
              100 * target));
    }
    return warnings;
  }
}
