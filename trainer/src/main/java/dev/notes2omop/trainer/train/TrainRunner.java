package dev.notes2omop.trainer.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.model.LabelSet;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.tagger.neural.TaggerConfig;
import dev.notes2omop.tagger.neural.TaggerPredictor;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.model.ModelTrainer;
import dev.notes2omop.trainer.selftrain.SelfTraining;
import dev.notes2omop.trainer.selftrain.SilverTeacher;
import dev.notes2omop.trainer.selftrain.WordFormationRules;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a model package from a data directory: reads the three splits, trains with early stopping
 * on {@code test.jsonl}, scores the result on {@code validation.jsonl}, runs the error-pattern loop
 * when asked ({@link #run(String, Path, Path, LoopSettings, TrainProgress)}), and writes the best
 * model's package (validation figures in {@code model.json}'s metrics) and {@code
 * training-report.json}. The output is built in a hidden sibling directory and moved into place
 * ({@link PackageFiles}), so {@code out} is either the old content or the whole new package.
 */
public final class TrainRunner {

  /** The report written beside the package: {@value}. */
  public static final String REPORT = "training-report.json";

  private static final Logger LOG = LoggerFactory.getLogger(TrainRunner.class);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final TaggerConfig config;
  private final LabelSet labels;
  private final List<DictionaryTerm> gazetteerTerms;

  /**
   * What a run produced.
   *
   * @param out the package directory
   * @param manifest the package's {@code model.json}
   * @param validation scores on the validation split
   * @param report the training report
   */
  public record Result(
      Path out,
      ModelPackage.Manifest manifest,
      ValidationScores validation,
      TrainingReport report) {}

  /**
   * @param config network and training settings (epochs, patience, seed)
   * @param labels the labels to tag
   * @param gazetteerTerms the terms the gazetteer feature flags
   */
  public TrainRunner(TaggerConfig config, LabelSet labels, List<DictionaryTerm> gazetteerTerms) {
    this.config = Objects.requireNonNull(config, "config");
    this.labels = Objects.requireNonNull(labels, "labels");
    this.gazetteerTerms = List.copyOf(gazetteerTerms);
  }

  /** The lexicon's terms whose domain is one of {@code labels}, once each, as gazetteer terms. */
  public static List<DictionaryTerm> gazetteerTerms(Lexicon lexicon, LabelSet labels) {
    Set<DictionaryTerm> terms = new LinkedHashSet<>();
    for (LexiconEntry e : lexicon.entries()) {
      if (e.domainId() == null) {
        continue;
      }
      for (EntityLabel label : labels.labels()) {
        if (label.name().equals(e.domainId().toUpperCase(Locale.ROOT))) {
          terms.add(new DictionaryTerm(e.term(), label, 0));
        }
      }
    }
    return List.copyOf(terms);
  }

  /** {@code config} with another seed. */
  public static TaggerConfig withSeed(TaggerConfig c, long seed) {
    return c.withSeed(seed);
  }

  /**
   * Trains on {@code dataDir} once (no loop) and writes the package into {@code out}.
   *
   * @param id the model's id
   * @param progress called after every epoch
   * @throws TrainDataException when the data cannot be read
   * @throws IllegalStateException when {@code out} holds something other than a model package
   * @throws IOException when a file cannot be read or written
   */
  public Result run(String id, Path dataDir, Path out, Consumer<ModelTrainer.EpochReport> progress)
      throws IOException {
    return run(id, dataDir, out, LoopSettings.none(), TrainProgress.ofEpochs(progress));
  }

  /**
   * Trains on {@code dataDir}, runs the error-pattern loop, and writes the best model's package
   * into {@code out}.
   *
   * <p>Iteration 1 trains on {@code train.jsonl} (early stopping on {@code test.jsonl}). Each
   * iteration then scores its model on {@code validation.jsonl}, groups the errors into patterns
   * ({@link ErrorPatterns}) and, when another iteration follows, asks the tutor for records about
   * the most frequent ones ({@link FocusedRecords}); the next iteration trains on {@code
   * train.jsonl} plus every record added so far. The loop stops after {@link
   * LoopSettings#iterations()}, when an iteration does not beat the best validation span F1 so far,
   * or when no record could be added. The best iteration's model is written, with its validation
   * figures in {@code model.json}.
   *
   * @throws TrainDataException when the data cannot be read
   * @throws IllegalStateException when {@code out} holds something other than a model package
   * @throws IOException when a file cannot be read or written
   */
  public Result run(String id, Path dataDir, Path out, LoopSettings loop, TrainProgress progress)
      throws IOException {
    return run(id, dataDir, out, loop, SelfTraining.none(), progress);
  }

  /**
   * As {@link #run(String, Path, Path, LoopSettings, TrainProgress)}, learning from unlabeled notes
   * as well ({@link SelfTraining}): each round marks the notes with silver spans ({@link
   * SilverTeacher}: the gazetteer's terms, plus the previous round's model, or {@code from} in
   * round 1) and runs the iterations on the synthetic records plus those silver records. The last
   * round's best iteration is written; the report lists every round's iterations.
   */
  public Result run(
      String id,
      Path dataDir,
      Path out,
      LoopSettings loop,
      SelfTraining selfTraining,
      TrainProgress progress)
      throws IOException {
    Path target = out.toAbsolutePath().normalize();
    checkOut(target);
    TrainingData data = TrainingData.read(dataDir);
    LOG.info(
        "training {} on {} records ({} test, {} validation), at most {} iterations",
        id,
        data.train().size(),
        data.test().size(),
        data.validation().size(),
        loop.iterations());
    FocusedRecords focused =
        loop.iterations() > 1
            ? new FocusedRecords(loop.tutor(), loop.recordsPerPattern(), config.seed(), data)
            : null;
    List<TrainingReport.Iteration> iterations = new ArrayList<>();
    SilverTeacher teacher = null;
    if (selfTraining.enabled()) {
      List<DictionaryTerm> teacherTerms = new ArrayList<>(gazetteerTerms);
      teacherTerms.addAll(selfTraining.extraTerms());
      teacher =
          new SilverTeacher(
              teacherTerms, selfTraining.wordRules() ? WordFormationRules.bundled() : null);
    }
    Trained best = null;
    try {
      for (int round = 1; round <= selfTraining.rounds(); round++) {
        ModelTrainer.SilverSet silver = ModelTrainer.SilverSet.NONE;
        if (teacher != null) {
          SilverTeacher.Taught taught;
          if (best == null && selfTraining.from() == null) {
            taught =
                teacher.teach(selfTraining.notes(), null, noteProgress(selfTraining, progress));
          } else {
            ModelPackage teacherModel = best == null ? selfTraining.from() : best.model();
            try (TaggerPredictor predictor = teacherModel.newPredictor()) {
              taught =
                  teacher.teach(
                      selfTraining.notes(), predictor, noteProgress(selfTraining, progress));
            }
          }
          progress.silverMarked(round, selfTraining.rounds(), taught);
          silver =
              new ModelTrainer.SilverSet(
                  taught.records(), selfTraining.outsideWeight(), selfTraining.windowsPerEpoch());
        }
        Trained roundBest = iterate(id, data, silver, loop, focused, iterations, progress);
        if (best != null) {
          best.model().close();
        }
        best = roundBest;
      }
      return write(id, target, data, best, iterations);
    } finally {
      if (best != null) {
        best.model().close();
      }
    }
  }

  private static IntConsumer noteProgress(SelfTraining selfTraining, TrainProgress progress) {
    int total = selfTraining.notes().size();
    return done -> progress.noteMarked(done, total);
  }

  /** One round of the error-pattern loop; returns its best iteration's model. */
  private Trained iterate(
      String id,
      TrainingData data,
      ModelTrainer.SilverSet silver,
      LoopSettings loop,
      FocusedRecords focused,
      List<TrainingReport.Iteration> iterations,
      TrainProgress progress) {
    List<SynthRecord> added = new ArrayList<>();
    Trained best = null;
    try {
      for (int i = 1; i <= loop.iterations(); i++) {
        List<SynthRecord> train = new ArrayList<>(data.train());
        train.addAll(added);
        progress.iterationStarted(i, loop.iterations(), train.size(), added.size());
        Trained trained = train(id, train, silver, data, added.size(), progress);
        boolean improved =
            best == null || trained.scores().overall().f1() > best.scores().overall().f1();
        List<ErrorPatterns.Pattern> all = ErrorPatterns.of(trained.scored());
        List<ErrorPatterns.Pattern> top = all.subList(0, Math.min(loop.patterns(), all.size()));
        boolean goOn = improved && i < loop.iterations() && !top.isEmpty();
        FocusedRecords.Round round =
            goOn ? focused.round(i, top) : new FocusedRecords.Round(List.of(), 0, Map.of());
        TrainingReport.Iteration line =
            new TrainingReport.Iteration(
                i,
                train.size(),
                trained.epochs().size(),
                trained.trainingSeconds(),
                trained.epochs().isEmpty()
                    ? 0
                    : trained.epochs().get(trained.epochs().size() - 1).heldOut().f1(),
                trained.scores().overall().f1(),
                trained.scores().metrics(),
                improved,
                all.size(),
                top.stream().map(TrainingReport.PatternLine::of).toList(),
                round.generated(),
                round.accepted().size(),
                round.rejections());
        iterations.add(line);
        LOG.info(
            "iteration {}: validation span F1 {}, {} patterns, {} of {} new records accepted",
            i,
            String.format(Locale.ROOT, "%.4f", line.validationSpanF1()),
            all.size(),
            round.accepted().size(),
            round.generated());
        progress.iterationDone(line);
        if (improved) {
          if (best != null) {
            best.model().close();
          }
          best = trained;
        } else {
          trained.model().close();
        }
        added.addAll(round.accepted());
        if (!goOn || round.accepted().isEmpty()) {
          break;
        }
      }
      return best;
    } catch (RuntimeException e) {
      if (best != null) {
        best.model().close();
      }
      throw e;
    }
  }

  /**
   * Refuses an {@code --out} that is a file, or a directory that is neither empty, nor a model
   * package, nor holding only the {@code data} directory a generated data set goes into.
   *
   * @throws IllegalStateException naming the directory and what to do
   */
  public static void checkOut(Path out) throws IOException {
    PackageFiles.checkReplaceable(out.toAbsolutePath().normalize());
  }

  /** One trained model: its package, epochs and scores on the validation split. */
  private record Trained(
      ModelPackage model,
      List<ModelTrainer.EpochReport> epochs,
      double trainingSeconds,
      double validationSeconds,
      int trainRecords,
      int recordsAdded,
      List<ErrorPatterns.Scored> scored,
      ValidationScores scores) {}

  private Trained train(
      String id,
      List<SynthRecord> train,
      ModelTrainer.SilverSet silver,
      TrainingData data,
      int added,
      TrainProgress progress) {
    List<ModelTrainer.EpochReport> epochs = new ArrayList<>();
    long started = System.nanoTime();
    ModelPackage model =
        new ModelTrainer(config, labels)
            .train(
                id,
                train,
                silver,
                data.test(),
                gazetteerTerms,
                e -> {
                  epochs.add(e);
                  progress.epoch(e);
                });
    try {
      double trainingSeconds = seconds(started);
      long validationStarted = System.nanoTime();
      List<ErrorPatterns.Scored> scored;
      try (TaggerPredictor predictor = model.newPredictor()) {
        scored = ValidationScores.scored(predictor, data.validation());
      }
      ValidationScores scores = ValidationScores.of(scored, labels.labels());
      return new Trained(
          model,
          epochs,
          trainingSeconds,
          seconds(validationStarted),
          train.size(),
          added,
          scored,
          scores);
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  private Result write(
      String id,
      Path target,
      TrainingData data,
      Trained best,
      List<TrainingReport.Iteration> iterations)
      throws IOException {
    TrainingReport report = report(id, data, best, iterations);
    Path temp = PackageFiles.temporary(target);
    try {
      best.model().save(temp);
      ModelPackage.Manifest manifest =
          PackageFiles.withValidation(temp.resolve(PackageFiles.MANIFEST), best.scores(), JSON);
      JSON.writeValue(temp.resolve(REPORT).toFile(), report);
      PackageFiles.replace(temp, target);
      LOG.info("model {} written to {}", id, target);
      return new Result(target, manifest, best.scores(), report);
    } finally {
      PackageFiles.deleteTree(temp);
    }
  }

  private TrainingReport report(
      String id, TrainingData data, Trained best, List<TrainingReport.Iteration> iterations) {
    long tokens = 0;
    double stepSeconds = 0;
    List<TrainingReport.Epoch> lines = new ArrayList<>(best.epochs().size());
    for (ModelTrainer.EpochReport e : best.epochs()) {
      tokens += e.tokens();
      stepSeconds += e.seconds();
      lines.add(TrainingReport.Epoch.of(e));
    }
    int bestIteration = 1;
    for (TrainingReport.Iteration it : iterations) {
      if (it.improved()) {
        bestIteration = it.iteration();
      }
    }
    return new TrainingReport(
        id,
        config,
        best.trainRecords(),
        data.test().size(),
        data.validation().size(),
        best.epochs().size(),
        lines,
        best.trainingSeconds(),
        best.validationSeconds(),
        stepSeconds == 0 ? 0 : tokens / stepSeconds,
        best.scores().metrics(),
        bestIteration,
        best.recordsAdded(),
        iterations);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
