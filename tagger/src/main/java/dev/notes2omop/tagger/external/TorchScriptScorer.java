package dev.notes2omop.tagger.external;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import dev.notes2omop.tagger.neural.TaggerModelException;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls the TorchScript module on a batch of windows: the inputs named in {@code model.json}, each
 * {@code int64 [B, L]} with the windows padded to the longest (input id 0, attention mask 0, type
 * 0), in that order; the output is the module's first (or only) result, which must be logits {@code
 * [B, L, tags]}. Not thread-safe: one per thread (DESIGN §5); close it when done.
 */
public final class TorchScriptScorer implements WindowScorer, AutoCloseable {

  private final Predictor<List<EncodedWindow>, Logits> predictor;
  private final int tags;
  private final String module;

  /**
   * @param model the loaded module
   * @param inputs the input names, in the module's order
   * @param tags the number of output columns
   * @param module the module's name, for error messages
   */
  public TorchScriptScorer(Model model, List<String> inputs, int tags, String module) {
    this.predictor = model.newPredictor(new BatchTranslator(List.copyOf(inputs)));
    this.tags = tags;
    this.module = module;
  }

  @Override
  public List<float[][]> logits(List<EncodedWindow> batch) {
    if (batch.isEmpty()) {
      return List.of();
    }
    Logits out;
    try {
      out = predictor.predict(batch);
    } catch (TranslateException | RuntimeException e) {
      throw new TaggerModelException(
          "the TorchScript module " + module + " failed on a batch of windows: " + e.getMessage(),
          e);
    }
    long[] shape = out.shape();
    int length = longest(batch);
    if (shape.length != 3 || shape[0] != batch.size() || shape[1] != length || shape[2] != tags) {
      throw new TaggerModelException(
          "the TorchScript module "
              + module
              + " gave an output of shape "
              + new Shape(shape)
              + " for "
              + batch.size()
              + " window(s) of "
              + length
              + " sub-words: expected logits ("
              + batch.size()
              + ", "
              + length
              + ", "
              + tags
              + ") for the "
              + tags
              + " tags of model.json");
    }
    List<float[][]> rows = new ArrayList<>(batch.size());
    for (int b = 0; b < batch.size(); b++) {
      float[][] window = new float[batch.get(b).length()][tags];
      for (int s = 0; s < window.length; s++) {
        System.arraycopy(out.values(), (b * length + s) * tags, window[s], 0, tags);
      }
      rows.add(window);
    }
    return rows;
  }

  static int longest(List<EncodedWindow> batch) {
    int length = 0;
    for (EncodedWindow w : batch) {
      length = Math.max(length, w.length());
    }
    return length;
  }

  @Override
  public void close() {
    predictor.close();
  }

  /** The module's output: its shape and values in row-major order. */
  record Logits(long[] shape, float[] values) {}

  private static final class BatchTranslator implements Translator<List<EncodedWindow>, Logits> {

    private final List<String> inputs;

    BatchTranslator(List<String> inputs) {
      this.inputs = inputs;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, List<EncodedWindow> batch) {
      NDManager manager = ctx.getNDManager();
      int length = longest(batch);
      Shape shape = new Shape(batch.size(), length);
      NDList list = new NDList(inputs.size());
      for (String input : inputs) {
        // padding: id 0, mask 0, type 0
        long[] values = new long[batch.size() * length];
        for (int b = 0; b < batch.size(); b++) {
          EncodedWindow window = batch.get(b);
          long[] row =
              switch (input) {
                case TorchScriptManifest.INPUT_IDS -> window.inputIds();
                case TorchScriptManifest.ATTENTION_MASK -> window.attentionMask();
                case TorchScriptManifest.TOKEN_TYPE_IDS -> window.typeIds();
                default -> throw new IllegalStateException("unknown input " + input);
              };
          System.arraycopy(row, 0, values, b * length, row.length);
        }
        list.add(manager.create(values, shape));
      }
      return list;
    }

    @Override
    public Logits processOutput(TranslatorContext ctx, NDList list) {
      if (list.isEmpty()) {
        return new Logits(new long[0], new float[0]);
      }
      NDArray first = list.get(0);
      long[] shape = first.getShape().getShape();
      float[] values =
          first.getDataType() == DataType.FLOAT32
              ? first.toFloatArray()
              : first.toType(DataType.FLOAT32, false).toFloatArray();
      return new Logits(shape, values);
    }

    @Override
    public Batchifier getBatchifier() {
      return null;
    }
  }
}
