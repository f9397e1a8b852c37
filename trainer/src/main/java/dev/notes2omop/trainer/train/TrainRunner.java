package dev.notes2omop.trainer.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.model.LabelSet;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.tagger.neural.TaggerConfig;
import dev.notes2omop.tagger.neural.TaggerPredictor;
import dev.notes2omop.trainer.model.ModelTrainer;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a model package from a data directory: reads the three splits, trains with early stopping
 * on {@code test.jsonl}, scores the result on {@code validation.jsonl}, and writes the package
 * (validation figures in {@code model.json}'s metrics) and {@code training-report.json}. The output
 * is built in a hidden sibling directory and moved into place, so {@code out} is either the old
 * content or the whole new package.
 */
public final class TrainRunner {

  /** The report written beside the package: {@value}. */
  public static final String REPORT = "training-report.json";

  private static final String MANIFEST = "model.json";
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
   * Trains on {@code dataDir} and writes the package into {@code out}.
   *
   * @param id the model's id
   * @param progress called after every epoch
   * @throws TrainDataException when the data cannot be read
   * @throws IllegalStateException when {@code out} holds something other than a model package
   * @throws IOException when a file cannot be read or written
   */
  public Result run(String id, Path dataDir, Path out, Consumer<ModelTrainer.EpochReport> progress)
      throws IOException {
    Path target = out.toAbsolutePath().normalize();
    checkReplaceable(target);
    TrainingData data = TrainingData.read(dataDir);
    LOG.info(
        "training {} on {} records ({} test, {} validation)",
        id,
        data.train().size(),
        data.test().size(),
        data.validation().size());
    List<ModelTrainer.EpochReport> epochs = new ArrayList<>();
    long started = System.nanoTime();
    try (ModelPackage model =
        new ModelTrainer(config, labels)
            .train(
                id,
                data.train(),
                data.test(),
                gazetteerTerms,
                e -> {
                  epochs.add(e);
                  progress.accept(e);
                })) {
      double trainingSeconds = seconds(started);
      long validationStarted = System.nanoTime();
      ValidationScores validation;
      try (TaggerPredictor predictor = model.newPredictor()) {
        validation = ValidationScores.of(predictor, data.validation(), labels.labels());
      }
      double validationSeconds = seconds(validationStarted);
      TrainingReport report =
          report(id, data, epochs, trainingSeconds, validationSeconds, validation);
      Path temp = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
      try {
        model.save(temp);
        ModelPackage.Manifest manifest = withValidation(temp.resolve(MANIFEST), validation);
        JSON.writeValue(temp.resolve(REPORT).toFile(), report);
        replace(temp, target);
        LOG.info("model {} written to {}", id, target);
        return new Result(target, manifest, validation, report);
      } finally {
        deleteTree(temp);
      }
    }
  }

  private TrainingReport report(
      String id,
      TrainingData data,
      List<ModelTrainer.EpochReport> epochs,
      double trainingSeconds,
      double validationSeconds,
      ValidationScores validation) {
    long tokens = 0;
    double stepSeconds = 0;
    List<TrainingReport.Epoch> lines = new ArrayList<>(epochs.size());
    for (ModelTrainer.EpochReport e : epochs) {
      tokens += e.tokens();
      stepSeconds += e.seconds();
      lines.add(TrainingReport.Epoch.of(e));
    }
    return new TrainingReport(
        id,
        config,
        data.train().size(),
        data.test().size(),
        data.validation().size(),
        epochs.size(),
        lines,
        trainingSeconds,
        validationSeconds,
        stepSeconds == 0 ? 0 : tokens / stepSeconds,
        validation.metrics());
  }

  /** Adds the validation figures to the metrics of a saved {@code model.json}. */
  private static ModelPackage.Manifest withValidation(Path manifestFile, ValidationScores scores)
      throws IOException {
    ModelPackage.Manifest m = JSON.readValue(manifestFile.toFile(), ModelPackage.Manifest.class);
    Map<String, Double> metrics = new LinkedHashMap<>(m.metrics());
    metrics.putAll(scores.metrics());
    ModelPackage.Manifest updated =
        new ModelPackage.Manifest(
            m.format(),
            m.id(),
            m.architecture(),
            m.engine(),
            m.hyperParameters(),
            m.tags(),
            m.files(),
            m.seed(),
            m.trainingDataHash(),
            m.codeVersion(),
            m.parameterCount(),
            metrics);
    JSON.writeValue(manifestFile.toFile(), updated);
    return updated;
  }

  /** Refuses to overwrite a directory that is neither empty nor a model package. */
  private static void checkReplaceable(Path target) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new IllegalStateException("--out " + target + " is a file, not a directory");
    }
    if (!isEmpty(target) && !Files.isRegularFile(target.resolve(MANIFEST))) {
      throw new IllegalStateException(
          "--out "
              + target
              + " is not empty and holds no model package (no "
              + MANIFEST
              + "); choose another directory");
    }
  }

  /** Moves {@code temp} to {@code target}, replacing an empty directory or an older package. */
  private static void replace(Path temp, Path target) throws IOException {
    checkReplaceable(target);
    Path old = null;
    if (Files.exists(target)) {
      old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
      move(target, old);
    }
    try {
      move(temp, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
