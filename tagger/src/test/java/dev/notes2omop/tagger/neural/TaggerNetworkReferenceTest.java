package dev.notes2omop.tagger.neural;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.notes2omop.tagger.model.TokenFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The engine computes {@link TaggerNetwork} as {@link ReferenceForward} defines it, in batches of
 * windows of different lengths, with the shipped sizes (24 character channels: the case libtorch's
 * AVX-512 convolution got wrong, docs/model.md) and with random weights and inputs.
 */
class TaggerNetworkReferenceTest {

  private static final int WORDS = 300;
  private static final int CHARS = 60;
  private static final int SHAPES = 20;
  private static final int GAZETTEER = 8;
  private static final int TAGS = 9;

  @Test
  void engineAgreesWithTheReferenceOnBatchesOfWindows() {
    TaggerConfig config = TaggerConfig.defaults();
    try (Model model = Model.newInstance("reference-test", "PyTorch");
        NDManager manager = NDManager.newBaseManager()) {
      TaggerNetwork network = new TaggerNetwork(WORDS, CHARS, SHAPES, GAZETTEER, TAGS, config);
      model.setBlock(network);
      int t = config.maxTokens();
      network.initialize(
          model.getNDManager(),
          DataType.FLOAT32,
          new Shape(2, t),
          new Shape(2, t, config.maxChars()),
          new Shape(2, t),
          new Shape(2, t, GAZETTEER),
          new Shape(2, t));
      ReferenceForward reference = new ReferenceForward(network, config, TAGS);
      Random random = new Random(3);
      for (int batch : new int[] {1, 2, 7, 32}) {
        List<TokenFeatures> windows = new ArrayList<>();
        for (int i = 0; i < batch; i++) {
          windows.add(window(random, 1 + random.nextInt(t), config.maxChars()));
        }
        float[] engine =
            network
                .forward(
                    new ParameterStore(manager, false),
                    WindowBatch.inputs(manager, windows, config.maxChars()),
                    false)
                .singletonOrThrow()
                .toFloatArray();
        List<float[][]> expected = reference.scores(windows);
        int longest = WindowBatch.length(windows);
        double worst = 0;
        for (int w = 0; w < batch; w++) {
          for (int tok = 0; tok < windows.get(w).size(); tok++) {
            for (int k = 0; k < TAGS; k++) {
              float e = engine[(w * longest + tok) * TAGS + k];
              assertThat(e).as("batch %d window %d token %d tag %d", batch, w, tok, k).isFinite();
              worst = Math.max(worst, Math.abs(e - expected.get(w)[tok][k]));
            }
          }
        }
        assertThat(worst).as("largest difference in a batch of %d windows", batch).isLessThan(1e-4);
      }
    }
  }

  private static TokenFeatures window(Random random, int n, int maxChars) {
    int[] words = new int[n];
    int[][] chars = new int[n][maxChars];
    int[] shapes = new int[n];
    boolean[][] flags = new boolean[n][GAZETTEER];
    for (int i = 0; i < n; i++) {
      words[i] = 1 + random.nextInt(WORDS - 1);
      shapes[i] = 1 + random.nextInt(SHAPES - 1);
      int length = 1 + random.nextInt(maxChars);
      for (int c = 0; c < length; c++) {
        chars[i][c] = 1 + random.nextInt(CHARS - 1);
      }
      flags[i][random.nextInt(GAZETTEER)] = random.nextBoolean();
    }
    return new TokenFeatures(words, chars, shapes, flags);
  }
}
