package dev.notes2omop.tagger.neural;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.translate.Batchifier;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import dev.notes2omop.tagger.model.BioDecoder;
import dev.notes2omop.tagger.model.FeatureSpace;
import dev.notes2omop.tagger.model.FiniteScores;
import dev.notes2omop.tagger.model.PerThreadSpanTagger;
import dev.notes2omop.tagger.model.ScoreFault;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.tagger.model.TokenFeatures;
import dev.notes2omop.tagger.model.Window;
import dev.notes2omop.tagger.model.Windows;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the tagger network over notes: tokens, windows, features, scores per window in batches,
 * merged per token, then constrained Viterbi decoding. Not thread-safe: use one per thread (DESIGN
 * §5); close it when done.
 */
public final class TaggerPredictor implements PerThreadSpanTagger.SpanPredictor {

  private static final String LENGTHS = "lengths";

  private final FeatureSpace features;
  private final Windows windows;
  private final BioDecoder decoder;
  private final int batchSize;
  private final Predictor<List<TokenFeatures>, List<float[][]>> predictor;
  private final ScoreFault fault;

  public TaggerPredictor(
      Model model, FeatureSpace features, Windows windows, BioDecoder decoder, int batchSize) {
    this(model, features, windows, decoder, batchSize, null);
  }

  /**
   * A predictor whose scores go through {@code fault} (fault injection for tests and soak runs;
   * {@code null}: none).
   */
  public TaggerPredictor(
      Model model,
      FeatureSpace features,
      Windows windows,
      BioDecoder decoder,
      int batchSize,
      ScoreFault fault) {
    this.fault = fault;
    this.features = features;
    this.windows = windows;
    this.decoder = decoder;
    this.batchSize = batchSize;
    this.predictor = model.newPredictor(new WindowTranslator(features.maxChars()));
  }

  /**
   * One tag index (of the model's {@code LabelSet}) per token of {@code tokens}; a valid BIO
   * sequence.
   *
   * @throws dev.notes2omop.core.nlp.TaggingException when a window's scores are not finite
   */
  public int[] tag(Tokens tokens) {
    if (tokens.size() == 0) {
      return new int[0];
    }
    List<Window> split = windows.split(tokens);
    TokenFeatures all = features.features(tokens);
    List<TokenFeatures> slices = new ArrayList<>(split.size());
    for (Window window : split) {
      slices.add(all.slice(window));
    }
    List<float[][]> scores = scores(slices);
    if (fault != null) {
      for (int i = 0; i < split.size(); i++) {
        fault.apply(tokens, split.get(i), scores.get(i));
      }
    }
    FiniteScores.require(scores);
    return decoder.decode(Windows.mergeScores(tokens.size(), split, scores));
  }

  /** The spans of a note, in note offsets. */
  @Override
  public List<TagSpan> spans(Tokens tokens) {
    return decoder.spans(tokens, tag(tokens));
  }

  /** The network's tag scores (logits) of each window, {@code [tokens][tags]}. */
  public List<float[][]> scores(List<TokenFeatures> windowFeatures) {
    List<float[][]> out = new ArrayList<>(windowFeatures.size());
    for (int from = 0; from < windowFeatures.size(); from += batchSize) {
      List<TokenFeatures> batch =
          windowFeatures.subList(from, Math.min(windowFeatures.size(), from + batchSize));
      try {
        out.addAll(predictor.predict(batch));
      } catch (TranslateException e) {
        throw new TaggerModelException("the tagger network failed on a batch of windows", e);
      }
    }
    return out;
  }

  @Override
  public void close() {
    predictor.close();
  }

  private static final class WindowTranslator
      implements Translator<List<TokenFeatures>, List<float[][]>> {

    private final int maxChars;

    WindowTranslator(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, List<TokenFeatures> input) {
      int[] lengths = new int[input.size()];
      for (int i = 0; i < lengths.length; i++) {
        lengths[i] = input.get(i).size();
      }
      ctx.setAttachment(LENGTHS, lengths);
      return WindowBatch.inputs(ctx.getNDManager(), input, maxChars);
    }

    @Override
    public List<float[][]> processOutput(TranslatorContext ctx, NDList list) {
      int[] lengths = (int[]) ctx.getAttachment(LENGTHS);
      NDArray scores = list.singletonOrThrow();
      int t = (int) scores.getShape().get(1);
      int k = (int) scores.getShape().get(2);
      float[] flat = scores.toFloatArray();
      List<float[][]> out = new ArrayList<>(lengths.length);
      for (int b = 0; b < lengths.length; b++) {
        float[][] rows = new float[lengths[b]][k];
        for (int i = 0; i < lengths[b]; i++) {
          System.arraycopy(flat, (b * t + i) * k, rows[i], 0, k);
        }
        out.add(rows);
      }
      return out;
    }

    @Override
    public Batchifier getBatchifier() {
      return null;
    }
  }
}
