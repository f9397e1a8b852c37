package dev.notes2omop.trainer.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.tagger.neural.TaggerConfig;
import java.util.Map;

/**
 * A small, fast-learning configuration for tests: {@link TaggerConfig#defaults()} with smaller
 * sizes, windows and batches and a higher learning rate. Built through JSON so that fields added to
 * the configuration later keep their default values.
 */
final class TinyConfig {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TinyConfig() {}

  static TaggerConfig of(int epochs, long seed) {
    TaggerConfig base =
        TrainRunner.withSeed(
            TaggerConfig.defaults()
                .withSizes(32, 16, 8, 64) /* hidden 64: see ModelTrainerTest */
                .withEpochs(epochs),
            seed);
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = JSON.convertValue(base, Map.class);
    fields.put("maxTokens", 48);
    fields.put("overlap", 8);
    fields.put("minWordCount", 1);
    fields.put("patience", 3);
    fields.put("batchSize", 16);
    fields.put("learningRate", 5e-3);
    return JSON.convertValue(fields, TaggerConfig.class);
  }
}
