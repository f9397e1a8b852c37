package dev.notes2omop.tagger.external;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.tagger.neural.TaggerModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code model.json} of an external token classifier holds (docs/model.md, "A model trained
 * elsewhere").
 *
 * @param format version of this layout, {@value #FORMAT}
 * @param id the model's id ({@code nlp_system} names it)
 * @param version the model's own version
 * @param architecture {@value #ARCHITECTURE}
 * @param engine the DJL engine, {@value #ENGINE}
 * @param files {@code module} (the TorchScript file) and {@code tokenizer} (the Hugging Face {@code
 *     tokenizer.json}), relative to the package
 * @param tags the module's output columns, in its order: {@code O} and a {@code B-X}, {@code I-X}
 *     pair for each entity label
 * @param inputs the module's positional inputs, each {@code int64 [B, L]}: {@code input_ids}, and
 *     optionally {@code attention_mask} and {@code token_type_ids}
 * @param maxSubwords the most sub-words (special tokens included) the module reads at once
 * @param maxTokens the most of our tokens in a window
 * @param overlap tokens shared by consecutive windows of a long sentence
 * @param batchSize the most windows per module call, padded to the longest (attention mask 0, input
 *     id 0); 1 when absent
 * @param provenance where the model came from (base model, training data and its hash, seed, code)
 * @param metrics measured figures
 */
public record TorchScriptManifest(
    int format,
    String id,
    String version,
    String architecture,
    String engine,
    Map<String, String> files,
    List<String> tags,
    List<String> inputs,
    int maxSubwords,
    int maxTokens,
    int overlap,
    int batchSize,
    Map<String, String> provenance,
    Map<String, Double> metrics) {

  /** The {@code architecture} of such a package. */
  public static final String ARCHITECTURE = "torchscript-token-classifier";

  public static final String ENGINE = "PyTorch";
  public static final int FORMAT = 1;
  public static final String MANIFEST = "model.json";
  public static final String INPUT_IDS = "input_ids";
  public static final String ATTENTION_MASK = "attention_mask";
  public static final String TOKEN_TYPE_IDS = "token_type_ids";

  private static final Set<String> KNOWN_INPUTS = Set.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS);
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public TorchScriptManifest {
    batchSize = batchSize == 0 ? 1 : batchSize;
    files = files == null ? Map.of() : Map.copyOf(files);
    tags = tags == null ? List.of() : List.copyOf(tags);
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
  }

  /**
   * Whether {@code dir} holds a package of this architecture: its {@code model.json} is readable
   * and says {@value #ARCHITECTURE}. False for a missing or unreadable {@code model.json}, so that
   * the caller's own loader reports it.
   */
  public static boolean describes(Path dir) {
    Path file = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      JsonNode architecture = JSON.readTree(file.toFile()).path("architecture");
      return ARCHITECTURE.equals(architecture.asText());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads and checks {@code dir/model.json}.
   *
   * @throws TaggerModelException when it is missing, malformed, of another format or architecture,
   *     or its settings are out of range
   */
  public static TorchScriptManifest read(Path dir) {
    Path file = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new TaggerModelException(dir + " is not a model package (no " + MANIFEST + ")");
    }
    TorchScriptManifest manifest;
    try {
      manifest = JSON.readValue(file.toFile(), TorchScriptManifest.class);
    } catch (IOException e) {
      throw new TaggerModelException("cannot read " + file + ": " + e.getMessage(), e);
    }
    manifest.check(file);
    return manifest;
  }

  /** The file of the package named by {@code files.key}. */
  public Path file(Path dir, String key) {
    String name = files.get(key);
    if (name == null || name.isBlank()) {
      throw new TaggerModelException(
          dir.resolve(MANIFEST) + " names no files." + key + ": give the file's name");
    }
    return dir.resolve(name);
  }

  private void check(Path file) {
    String where = file + ": ";
    if (format != FORMAT || !ARCHITECTURE.equals(architecture)) {
      throw new TaggerModelException(
          where
              + "format "
              + format
              + " / "
              + architecture
              + ", this code reads format "
              + FORMAT
              + " / "
              + ARCHITECTURE);
    }
    if (id == null || id.isBlank()) {
      throw new TaggerModelException(where + "id is missing");
    }
    if (engine != null && !ENGINE.equals(engine)) {
      throw new TaggerModelException(
          where + "engine " + engine + " is not supported: only " + ENGINE);
    }
    if (inputs.isEmpty() || !INPUT_IDS.equals(inputs.get(0))) {
      throw new TaggerModelException(
          where + "inputs must start with " + INPUT_IDS + ", got " + inputs);
    }
    Set<String> seen = new HashSet<>();
    for (String input : inputs) {
      if (!KNOWN_INPUTS.contains(input) || !seen.add(input)) {
        throw new TaggerModelException(
            where
                + "inputs "
                + inputs
                + " has an unknown or repeated name "
                + input
                + ": use "
                + INPUT_IDS
                + ", "
                + ATTENTION_MASK
                + ", "
                + TOKEN_TYPE_IDS);
      }
    }
    if (maxSubwords < 3) {
      throw new TaggerModelException(where + "maxSubwords must be at least 3, got " + maxSubwords);
    }
    if (batchSize < 1) {
      throw new TaggerModelException(where + "batchSize must be at least 1, got " + batchSize);
    }
    if (batchSize > 1 && !inputs.contains(ATTENTION_MASK)) {
      throw new TaggerModelException(
          where + "batchSize " + batchSize + " pads windows: the inputs need " + ATTENTION_MASK);
    }
    if (maxTokens < 2 || overlap < 0 || overlap >= maxTokens) {
      throw new TaggerModelException(
          where
              + "maxTokens must be at least 2 and overlap in 0..maxTokens-1, got maxTokens "
              + maxTokens
              + ", overlap "
              + overlap);
    }
  }
}
