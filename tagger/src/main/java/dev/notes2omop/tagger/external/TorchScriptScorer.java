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
import java.util.List;

/**
 * Calls the TorchScript module on one window: the inputs named in {@code model.json}, each {@code
 * int64 [1, L]}, in that order; the output is the module's first (or only) result, which must be
 * logits {@code [1, L, tags]}. Not thread-safe: one per thread (DESIGN §5); close it when done.
 */
public final class TorchScriptScorer implements WindowScorer, AutoCloseable {

  private final Predictor<EncodedWindow, Logits> predictor;
  private final int tags;
  private final String module;

  /**
   * @param model the loaded module
   * @param inputs the input names, in the module's order
   * @param tags the number of output columns
   * @param module the module's name, for error messages
   */
  public TorchScriptScorer(Model model, List<String> inputs, int tags, String module) {
    this.predictor = model.newPredictor(new WindowTranslator(List.copyOf(inputs)));
    this.tags = tags;
    this.module = module;
  }

  @Override
  public float[][] logits(EncodedWindow window) {
    Logits out;
    try {
      out = predictor.predict(window);
    } catch (TranslateException | RuntimeException e) {
      throw new TaggerModelException(
          "the TorchScript module " + module + " failed on a window: " + e.getMessage(), e);
    }
    long[] shape = out.shape();
    int length = window.length();
    if (shape.length != 3 || shape[0] != 1 || shape[1] != length || shape[2] != tags) {
      throw new TaggerModelException(
          "the TorchScript module "
              + module
              + " gave an output of shape "
              + new Shape(shape)
              + " for "
              + length
              + " sub-words: expected logits (1, "
              + length
              + ", "
              + tags
              + ") for the "
              + tags
              + " tags of model.json");
    }
    float[][] rows = new float[length][tags];
    for (int s = 0; s < length; s++) {
      System.arraycopy(out.values(), s * tags, rows[s], 0, tags);
    }
    return rows;
  }

  @Override
  public void close() {
    predictor.close();
  }

  /** The module's output: its shape and values in row-major order. */
  record Logits(long[] shape, float[] values) {}

  private static final class WindowTranslator implements Translator<EncodedWindow, Logits> {

    private final List<String> inputs;

    WindowTranslator(List<String> inputs) {
      this.inputs = inputs;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, EncodedWindow window) {
      NDManager manager = ctx.getNDManager();
      Shape shape = new Shape(1, window.length());
      NDList list = new NDList(inputs.size());
      for (String input : inputs) {
        long[] values =
            switch (input) {
              case TorchScriptManifest.INPUT_IDS -> window.inputIds();
              case TorchScriptManifest.ATTENTION_MASK -> window.attentionMask();
              case TorchScriptManifest.TOKEN_TYPE_IDS -> window.typeIds();
              default -> throw new IllegalStateException("unknown input " + input);
            };
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
