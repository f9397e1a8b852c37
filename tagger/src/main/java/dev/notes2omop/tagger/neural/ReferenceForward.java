package dev.notes2omop.tagger.neural;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import dev.notes2omop.tagger.model.TokenFeatures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link TaggerNetwork}'s inference written out in plain Java over its parameters: the definition
 * of what the network computes, with no engine, no native code and no CPU-specific kernel. Slow
 * (tens of milliseconds a window), so it is not how notes are tagged; it checks the engine (see
 * {@link EngineCheck}) and records golden scores for tests. Each window is computed alone, which is
 * what a batch must give too (padding never reaches a real token).
 */
public final class ReferenceForward {

  private final Map<String, float[]> parameters = new HashMap<>();
  private final int wordDim;
  private final int charDim;
  private final int shapeDim;
  private final int filters;
  private final int hidden;
  private final int tags;
  private final int maxChars;

  /** Copies the parameters of {@code network} (a loaded or initialised {@link TaggerNetwork}). */
  public ReferenceForward(Block network, TaggerConfig config, int tags) {
    for (Pair<String, Parameter> p : network.getParameters()) {
      parameters.put(p.getKey(), p.getValue().getArray().toFloatArray());
    }
    this.wordDim = config.wordDim();
    this.charDim = config.charDim();
    this.shapeDim = config.shapeDim();
    this.filters = config.charFilters();
    this.hidden = config.hidden();
    this.tags = tags;
    this.maxChars = config.maxChars();
  }

  /** The tag scores {@code [tokens][tags]} of each window. */
  public List<float[][]> scores(List<TokenFeatures> windows) {
    List<float[][]> out = new ArrayList<>(windows.size());
    for (TokenFeatures w : windows) {
      out.add(scores(w));
    }
    return out;
  }

  /** The tag scores {@code [tokens][tags]} of one window. */
  public float[][] scores(TokenFeatures w) {
    int n = w.size();
    int g = n == 0 ? 0 : w.gazetteer()[0].length;
    int width = wordDim + filters + shapeDim + g;
    float[][] x = new float[n][width];
    for (int t = 0; t < n; t++) {
      float[] row = x[t];
      copyRow(param("word_embedding"), w.words()[t], wordDim, row, 0);
      float[] chars = characters(w.chars()[t]);
      System.arraycopy(chars, 0, row, wordDim, filters);
      copyRow(param("shape_embedding"), w.shapes()[t], shapeDim, row, wordDim + filters);
      for (int k = 0; k < g; k++) {
        row[wordDim + filters + shapeDim + k] = w.gazetteer()[t][k] ? 1f : 0f;
      }
    }
    float[][] ahead = lstm(x, "02forward_lstm_l_0_", false);
    float[][] behind = lstm(x, "03backward_lstm_l_0_", true);
    float[] weight = param("04output_weight");
    float[] bias = param("04output_bias");
    float[][] scores = new float[n][tags];
    for (int t = 0; t < n; t++) {
      for (int k = 0; k < tags; k++) {
        float acc = bias[k];
        int base = k * 2 * hidden;
        for (int j = 0; j < hidden; j++) {
          acc += weight[base + j] * ahead[t][j];
          acc += weight[base + hidden + j] * behind[t][j];
        }
        scores[t][k] = acc;
      }
    }
    return scores;
  }

  private float[] param(String name) {
    float[] p = parameters.get(name);
    if (p == null) {
      throw new IllegalArgumentException("the network has no parameter " + name);
    }
    return p;
  }

  private static void copyRow(float[] table, int id, int dim, float[] to, int at) {
    System.arraycopy(table, id * dim, to, at, dim);
  }

  /** One token's character CNN vector: convolution (width 3, padding 1), ReLU, masked max. */
  private float[] characters(int[] ids) {
    float[] table = param("char_embedding");
    float[] weight = param("01char_cnn_weight");
    float[] bias = param("01char_cnn_bias");
    float[][] e = new float[maxChars][];
    for (int p = 0; p < maxChars; p++) {
      e[p] = new float[charDim];
      copyRow(table, ids[p], charDim, e[p], 0);
    }
    float[] out = new float[filters];
    for (int f = 0; f < filters; f++) {
      float best = 0f;
      for (int p = 0; p < maxChars; p++) {
        if (ids[p] == 0) {
          continue;
        }
        float acc = bias[f];
        for (int k = 0; k < 3; k++) {
          int q = p + k - 1;
          if (q < 0 || q >= maxChars) {
            continue;
          }
          for (int c = 0; c < charDim; c++) {
            acc += weight[(f * charDim + c) * 3 + k] * e[q][c];
          }
        }
        best = Math.max(best, acc);
      }
      out[f] = best;
    }
    return out;
  }

  /** A one-layer LSTM (PyTorch's gate order i, f, g, o) over {@code x}, reversed if asked. */
  private float[][] lstm(float[][] x, String prefix, boolean reversed) {
    float[] wi = param(prefix + "i2h_WEIGHT");
    float[] wh = param(prefix + "h2h_WEIGHT");
    float[] bi = param(prefix + "i2h_BIAS");
    float[] bh = param(prefix + "h2h_BIAS");
    int n = x.length;
    int d = n == 0 ? 0 : x[0].length;
    float[][] out = new float[n][hidden];
    float[] h = new float[hidden];
    float[] c = new float[hidden];
    float[] gates = new float[4 * hidden];
    for (int step = 0; step < n; step++) {
      int t = reversed ? n - 1 - step : step;
      for (int r = 0; r < 4 * hidden; r++) {
        float acc = bi[r] + bh[r];
        int wiRow = r * d;
        for (int k = 0; k < d; k++) {
          acc += wi[wiRow + k] * x[t][k];
        }
        int whRow = r * hidden;
        for (int k = 0; k < hidden; k++) {
          acc += wh[whRow + k] * h[k];
        }
        gates[r] = acc;
      }
      for (int k = 0; k < hidden; k++) {
        float in = sigmoid(gates[k]);
        float forget = sigmoid(gates[hidden + k]);
        float cell = (float) StrictMath.tanh(gates[2 * hidden + k]);
        float output = sigmoid(gates[3 * hidden + k]);
        c[k] = forget * c[k] + in * cell;
        h[k] = output * (float) StrictMath.tanh(c[k]);
      }
      System.arraycopy(h, 0, out[t], 0, hidden);
    }
    return out;
  }

  private static float sigmoid(float v) {
    return (float) (1.0 / (1.0 + StrictMath.exp(-v)));
  }
}
