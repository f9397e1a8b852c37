package dev.notes2omop.trainer.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.tagger.model.BioDecoder;
import dev.notes2omop.tagger.model.FeatureSpace;
import dev.notes2omop.tagger.model.Gazetteer;
import dev.notes2omop.tagger.model.LabelSet;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.tagger.model.TokenFeatures;
import dev.notes2omop.tagger.model.Vocabulary;
import dev.notes2omop.tagger.model.Window;
import dev.notes2omop.tagger.model.Windows;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.tagger.neural.TaggerConfig;
import dev.notes2omop.tagger.neural.TaggerModelException;
import dev.notes2omop.tagger.neural.TaggerPredictor;
import dev.notes2omop.tagger.neural.WindowBatch;
import dev.notes2omop.tagger.text.Tokens;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.eval.SpanCounts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the BiLSTM tagger on synthetic records: builds the feature space from the training texts,
 * cuts each record into windows, and runs Adam on the masked tag cross-entropy over batches of
 * padded windows in a seeded order. Deterministic for a seed on one intra-op thread.
 */
public final class ModelTrainer {

  private static final Logger LOG = LoggerFactory.getLogger(ModelTrainer.class);

  private final TaggerConfig config;
  private final LabelSet labels;

  /**
   * What an epoch did.
   *
   * @param epoch 1-based
   * @param epochs the most epochs that will run
   * @param meanLoss mean of the batch losses
   * @param steps optimiser steps of this epoch
   * @param tokens real (unpadded) tokens seen
   * @param seconds wall time of the epoch's training steps
   * @param heldOut span scores on the held-out records, {@link SpanCounts#NONE} without them
   */
  public record EpochReport(
      int epoch,
      int epochs,
      double meanLoss,
      int steps,
      long tokens,
      double seconds,
      SpanCounts heldOut) {

    public double tokensPerSecond() {
      return seconds == 0 ? 0 : tokens / seconds;
    }

    public double stepsPerSecond() {
      return seconds == 0 ? 0 : steps / seconds;
    }
  }

  /** A window, its gold tags and their weights in the loss (null: all 1). */
  private record Example(TokenFeatures features, int[] tags, float[] weights) {}

  /**
   * Records with silver spans from unlabeled notes, trained on beside the synthetic ones: their
   * entity tokens count fully, their {@code O} tokens with {@code outsideWeight} (a silver {@code
   * O} may be an entity the teacher missed), and each epoch sees a fresh sample of at most {@code
   * windowsPerEpoch} of their windows that hold an entity.
   *
   * @param records the silver records (whole notes)
   * @param outsideWeight weight of a silver {@code O} token in the loss, in [0, 1]
   * @param windowsPerEpoch silver windows per epoch, at most
   */
  public record SilverSet(List<SynthRecord> records, float outsideWeight, int windowsPerEpoch) {

    /** No silver records. */
    public static final SilverSet NONE = new SilverSet(List.of(), 1f, 0);

    public SilverSet {
      records = List.copyOf(records);
      if (!(outsideWeight >= 0f && outsideWeight <= 1f)) {
        throw new IllegalArgumentException("outsideWeight must be in [0, 1], got " + outsideWeight);
      }
      if (windowsPerEpoch < 0) {
        throw new IllegalArgumentException("windowsPerEpoch must not be negative");
      }
    }
  }

  public ModelTrainer(TaggerConfig config, LabelSet labels) {
    this.config = Objects.requireNonNull(config, "config");
    this.labels = Objects.requireNonNull(labels, "labels");
  }

  /**
   * Trains a model.
   *
   * @param id the model's id
   * @param training the training records, in a fixed order
   * @param heldOut records for early stopping and the held-out metrics (may be empty)
   * @param gazetteerTerms the lexicon terms the gazetteer flags
   * @param progress called after every epoch
   * @throws IllegalArgumentException when a record's tags do not match its tokens
   */
  public ModelPackage train(
      String id,
      List<SynthRecord> training,
      List<SynthRecord> heldOut,
      List<DictionaryTerm> gazetteerTerms,
      Consumer<EpochReport> progress) {
    return train(id, training, SilverSet.NONE, heldOut, gazetteerTerms, progress);
  }

  /**
   * Trains a model on synthetic records and silver records from unlabeled notes. The word
   * vocabulary is built from both, so the words of the notes get embeddings.
   *
   * @param silver the silver records and how they count ({@link SilverSet#NONE} for none)
   * @throws IllegalArgumentException when a record's tags do not match its tokens
   */
  public ModelPackage train(
      String id,
      List<SynthRecord> training,
      SilverSet silver,
      List<SynthRecord> heldOut,
      List<DictionaryTerm> gazetteerTerms,
      Consumer<EpochReport> progress) {
    if (training.isEmpty()) {
      throw new IllegalArgumentException("no training records");
    }
    Gazetteer gazetteer = new Gazetteer(labels, gazetteerTerms);
    List<Tokens> corpus = new ArrayList<>(training.size() + silver.records().size());
    for (SynthRecord r : training) {
      corpus.add(Tokens.of(r.text()));
    }
    for (SynthRecord r : silver.records()) {
      corpus.add(Tokens.of(r.text()));
    }
    FeatureSpace features =
        FeatureSpace.build(corpus, config.minWordCount(), gazetteer, config.maxChars());
    Windows windows = new Windows(config.maxTokens(), config.overlap());
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < training.size(); i++) {
      examples.addAll(examples(training.get(i), corpus.get(i), features, windows, null));
    }
    List<Example> silverPool = new ArrayList<>();
    for (int i = 0; i < silver.records().size(); i++) {
      for (Example e :
          examples(
              silver.records().get(i),
              corpus.get(training.size() + i),
              features,
              windows,
              silver.outsideWeight())) {
        if (hasEntity(e)) {
          silverPool.add(e);
        }
      }
    }
    if (!silverPool.isEmpty()) {
      LOG.info(
          "{} silver windows with an entity, {} per epoch",
          silverPool.size(),
          Math.min(silverPool.size(), silver.windowsPerEpoch()));
    }

    Engine engine = Engine.getEngine(ModelPackage.ENGINE);
    engine.setRandomSeed((int) config.seed());
    Model model = Model.newInstance(id, ModelPackage.ENGINE);
    Map<String, Double> metrics = new LinkedHashMap<>();
    try {
      model.setBlock(ModelPackage.network(features, labels, config));
      DefaultTrainingConfig trainingConfig =
          new DefaultTrainingConfig(new MaskedTagLoss())
              .optOptimizer(
                  Adam.builder()
                      .optLearningRateTracker(Tracker.fixed(config.learningRate()))
                      .build());
      ModelPackage.Manifest manifest;
      try (Trainer trainer = model.newTrainer(trainingConfig)) {
        int g = gazetteer.width();
        trainer.initialize(
            new Shape(1, 1),
            new Shape(1, 1, config.maxChars()),
            new Shape(1, 1),
            new Shape(1, 1, g),
            new Shape(1, 1));
        long parameterCount = ModelPackage.countParameters(model);
        Random order = new Random(config.seed());
        Random noise = new Random(config.seed() ^ 0x5DEECE66DL);
        double bestF1 = -1;
        int bestEpoch = 0;
        byte[] bestParameters = null;
        int sinceBest = 0;
        int epochsRun = 0;
        EpochReport last = null;
        EpochReport best = null;
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
          last =
              epoch(
                  trainer,
                  withSample(examples, silverPool, silver.windowsPerEpoch(), order),
                  order,
                  noise,
                  epoch);
          if (!heldOut.isEmpty()) {
            SpanCounts scores = evaluate(model, features, windows, heldOut);
            last =
                new EpochReport(
                    last.epoch(),
                    last.epochs(),
                    last.meanLoss(),
                    last.steps(),
                    last.tokens(),
                    last.seconds(),
                    scores);
          }
          epochsRun = epoch;
          progress.accept(last);
          LOG.debug(
              "epoch {}/{}: loss {}, {} tokens/s, held-out F1 {}",
              epoch,
              config.epochs(),
              last.meanLoss(),
              last.tokensPerSecond(),
              last.heldOut().f1());
          if (!heldOut.isEmpty()) {
            if (last.heldOut().f1() > bestF1) {
              bestF1 = last.heldOut().f1();
              bestEpoch = epoch;
              best = last;
              bestParameters = parameters(model);
              sinceBest = 0;
            } else if (config.patience() > 0 && ++sinceBest >= config.patience()) {
              break;
            }
          }
        }
        if (bestParameters != null && bestEpoch != epochsRun) {
          restore(model, model.getNDManager(), bestParameters);
          LOG.info("kept the weights of epoch {} (best held-out span F1)", bestEpoch);
        }
        if (best != null) {
          last = best;
        }
        metrics.put("best_epoch", (double) (best == null ? epochsRun : bestEpoch));
        metrics.put("epochs", (double) epochsRun);
        metrics.put("final_loss", last.meanLoss());
        metrics.put("tokens_per_second", last.tokensPerSecond());
        metrics.put("training_windows", (double) examples.size());
        if (!silverPool.isEmpty()) {
          metrics.put("silver_records", (double) silver.records().size());
          metrics.put("silver_windows", (double) silverPool.size());
          metrics.put(
              "silver_windows_per_epoch",
              (double) Math.min(silverPool.size(), silver.windowsPerEpoch()));
          metrics.put("silver_outside_weight", (double) silver.outsideWeight());
        }
        if (!heldOut.isEmpty()) {
          metrics.put("heldout_span_f1", last.heldOut().f1());
          metrics.put("heldout_span_precision", last.heldOut().precision());
          metrics.put("heldout_span_recall", last.heldOut().recall());
        }
        manifest =
            new ModelPackage.Manifest(
                1,
                id,
                ModelPackage.ARCHITECTURE,
                ModelPackage.ENGINE,
                config,
                labels.tags(),
                ModelPackage.fileNames(),
                config.seed(),
                dataHash(concat(training, silver.records())),
                codeVersion(),
                parameterCount,
                metrics);
      }
      return new ModelPackage(model, features, labels, gazetteerTerms, manifest);
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /** The network's weights, as {@code saveParameters} writes them. */
  private static byte[] parameters(Model model) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      model.getBlock().saveParameters(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the weights", e);
    }
    return bytes.toByteArray();
  }

  private static void restore(Model model, NDManager manager, byte[] parameters) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(parameters))) {
      model.getBlock().loadParameters(manager, in);
    } catch (IOException | MalformedModelException e) {
      throw new TaggerModelException("cannot restore the weights of the best epoch", e);
    }
  }

  /**
   * The window as the network sees it in training: each word replaced by {@code <unk>} with
   * probability {@code wordDropout}, and the whole window's gazetteer flags cleared with
   * probability {@code gazetteerDropout}.
   */
  private TokenFeatures augment(TokenFeatures window, Random noise) {
    if (config.wordDropout() == 0f && config.gazetteerDropout() == 0f) {
      return window;
    }
    int[] words = window.words().clone();
    for (int i = 0; i < words.length; i++) {
      if (words[i] != Vocabulary.PAD_ID && noise.nextFloat() < config.wordDropout()) {
        words[i] = Vocabulary.UNK_ID;
      }
    }
    boolean[][] flags = window.gazetteer();
    if (noise.nextFloat() < config.gazetteerDropout()) {
      int width = flags.length == 0 ? 0 : flags[0].length;
      flags = new boolean[flags.length][width];
    }
    return new TokenFeatures(words, window.chars(), window.shapes(), flags);
  }

  private EpochReport epoch(
      Trainer trainer, List<Example> examples, Random order, Random noise, int epoch) {
    List<Example> shuffled = new ArrayList<>(examples);
    Collections.shuffle(shuffled, order);
    MaskedTagLoss loss = new MaskedTagLoss();
    double lossSum = 0;
    int steps = 0;
    long tokens = 0;
    long started = System.nanoTime();
    for (int from = 0; from < shuffled.size(); from += config.batchSize()) {
      List<Example> batch =
          shuffled.subList(from, Math.min(shuffled.size(), from + config.batchSize()));
      List<TokenFeatures> inputs = new ArrayList<>(batch.size());
      List<int[]> tags = new ArrayList<>(batch.size());
      List<float[]> weights = new ArrayList<>(batch.size());
      for (Example e : batch) {
        inputs.add(augment(e.features(), noise));
        tags.add(e.tags());
        weights.add(e.weights());
        tokens += e.tags().length;
      }
      try (NDManager manager = trainer.getManager().newSubManager()) {
        NDList x = WindowBatch.inputs(manager, inputs, config.maxChars());
        NDList y = WindowBatch.labels(manager, tags, weights, WindowBatch.length(inputs));
        try (GradientCollector collector = trainer.newGradientCollector()) {
          NDArray value = loss.evaluate(y, trainer.forward(x));
          float f = value.getFloat();
          if (!Float.isFinite(f)) {
            throw new TaggerModelException(
                "training diverged: loss " + f + " at epoch " + epoch + ", step " + (steps + 1));
          }
          lossSum += f;
          collector.backward(value);
        }
        trainer.step();
      }
      steps++;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new EpochReport(
        epoch, config.epochs(), lossSum / steps, steps, tokens, seconds, SpanCounts.ZERO);
  }

  private SpanCounts evaluate(
      Model model, FeatureSpace features, Windows windows, List<SynthRecord> records) {
    TaggerConfig c = config;
    try (TaggerPredictor predictor =
        new TaggerPredictor(model, features, windows, new BioDecoder(labels), c.batchSize())) {
      return evaluate(predictor, records);
    }
  }

  /** Exact span scores of a predictor on records with gold entities. */
  public static SpanCounts evaluate(TaggerPredictor predictor, List<SynthRecord> records) {
    SpanCounts total = SpanCounts.ZERO;
    for (SynthRecord r : records) {
      List<TagSpan> gold = new ArrayList<>(r.entities().size());
      for (SynthEntity e : r.entities()) {
        gold.add(new TagSpan(e.start(), e.end(), e.label()));
      }
      total = total.plus(ExactSpans.count(gold, predictor.spans(Tokens.of(r.text()))));
    }
    return total;
  }

  /** The synthetic examples plus a fresh sample of at most {@code n} silver ones. */
  private static List<Example> withSample(
      List<Example> examples, List<Example> silverPool, int n, Random order) {
    if (silverPool.isEmpty() || n == 0) {
      return examples;
    }
    List<Example> all = new ArrayList<>(examples);
    if (silverPool.size() <= n) {
      all.addAll(silverPool);
    } else {
      List<Example> pool = new ArrayList<>(silverPool);
      for (int i = 0; i < n; i++) {
        Collections.swap(pool, i, i + order.nextInt(pool.size() - i));
      }
      all.addAll(pool.subList(0, n));
    }
    return all;
  }

  private static boolean hasEntity(Example e) {
    int outside = LabelSet.O;
    for (int t : e.tags()) {
      if (t != outside) {
        return true;
      }
    }
    return false;
  }

  /**
   * The windows of a record with their tags; with {@code outsideWeight} (silver records), each
   * {@code O} token weighs that much in the loss and every entity token 1.
   */
  private List<Example> examples(
      SynthRecord record,
      Tokens tokens,
      FeatureSpace features,
      Windows windows,
      Float outsideWeight) {
    if (tokens.size() != record.tags().size()) {
      throw new IllegalArgumentException(
          "record "
              + record.id()
              + " has "
              + record.tags().size()
              + " tags for "
              + tokens.size()
              + " tokens");
    }
    if (tokens.size() == 0) {
      return List.of();
    }
    int[] tags = new int[tokens.size()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = labels.indexOf(record.tags().get(i));
    }
    float[] weights = null;
    if (outsideWeight != null) {
      int outside = LabelSet.O;
      weights = new float[tags.length];
      for (int i = 0; i < tags.length; i++) {
        weights[i] = tags[i] == outside ? outsideWeight : 1f;
      }
    }
    TokenFeatures all = features.features(tokens);
    List<Example> out = new ArrayList<>();
    for (Window w : windows.split(tokens)) {
      int[] slice = new int[w.size()];
      System.arraycopy(tags, w.from(), slice, 0, w.size());
      float[] sliceWeights = null;
      if (weights != null) {
        sliceWeights = new float[w.size()];
        System.arraycopy(weights, w.from(), sliceWeights, 0, w.size());
      }
      out.add(new Example(all.slice(w), slice, sliceWeights));
    }
    return out;
  }

  private static List<SynthRecord> concat(List<SynthRecord> a, List<SynthRecord> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<SynthRecord> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** SHA-256 of the records' ids, texts and tags, in order. */
  static String dataHash(List<SynthRecord> records) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (SynthRecord r : records) {
        digest.update(r.id().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(r.text().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(String.join(" ", r.tags()).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String codeVersion() {
    String v = ModelTrainer.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
