package dev.notes2omop.tagger.external;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.notes2omop.tagger.model.Windows;
import dev.notes2omop.tagger.neural.TaggerModelException;
import dev.notes2omop.tagger.text.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A token classifier trained elsewhere, loaded from its package (docs/model.md): {@code model.json}
 * ({@link TorchScriptManifest}), the TorchScript module and the Hugging Face {@code
 * tokenizer.json}. Loading checks the manifest and the tag list, loads the tokenizer (without
 * truncation or padding) and the module on DJL's PyTorch engine, and probes the module (a one-word
 * window and, with {@code batchSize} > 1, a padded batch of two) to check the shape of its output.
 * Owns the DJL {@link Model} and the tokenizer: close it when done.
 */
public final class TorchScriptPackage implements AutoCloseable {

  private static final String PROBE = "paciente";

  private final Path dir;
  private final TorchScriptManifest manifest;
  private final OutputTags tags;
  private final HuggingFaceTokenizer tokenizer;
  private final Model model;
  private final SubwordEncoder encoder;
  private final Windows windows;

  private TorchScriptPackage(
      Path dir,
      TorchScriptManifest manifest,
      OutputTags tags,
      HuggingFaceTokenizer tokenizer,
      Model model) {
    this.dir = dir;
    this.manifest = manifest;
    this.tags = tags;
    this.tokenizer = tokenizer;
    this.model = model;
    this.encoder = new SubwordEncoder(tokenizer, manifest.maxSubwords());
    this.windows = new Windows(manifest.maxTokens(), manifest.overlap());
  }

  /**
   * Loads the package in {@code dir}.
   *
   * @throws TaggerModelException when a file is missing, {@code model.json} is wrong (format,
   *     architecture, a tag list that is not BIO, settings out of range), the tokenizer or module
   *     cannot be loaded, or the module's output is not logits {@code [B, L, tags]}
   */
  public static TorchScriptPackage load(Path dir) {
    TorchScriptManifest manifest = TorchScriptManifest.read(dir);
    OutputTags tags;
    try {
      tags = OutputTags.of(manifest.tags());
    } catch (IllegalArgumentException e) {
      throw new TaggerModelException(
          dir.resolve(TorchScriptManifest.MANIFEST) + ": " + e.getMessage(), e);
    }
    Path moduleFile = existing(dir, manifest, "module");
    Path tokenizerFile = existing(dir, manifest, "tokenizer");
    HuggingFaceTokenizer tokenizer = tokenizer(tokenizerFile);
    Model model = null;
    try {
      model = Model.newInstance(manifest.id(), TorchScriptManifest.ENGINE);
      model.load(moduleFile.getParent(), moduleFile.getFileName().toString());
      TorchScriptPackage loaded = new TorchScriptPackage(dir, manifest, tags, tokenizer, model);
      loaded.probe();
      return loaded;
    } catch (MalformedModelException | IOException | RuntimeException e) {
      if (model != null) {
        model.close();
      }
      tokenizer.close();
      if (e instanceof TaggerModelException t) {
        throw new TaggerModelException("model package " + dir + ": " + t.getMessage(), t);
      }
      throw new TaggerModelException(
          "cannot load the TorchScript module " + moduleFile + ": " + e.getMessage(), e);
    }
  }

  private static Path existing(Path dir, TorchScriptManifest manifest, String key) {
    Path file = manifest.file(dir, key);
    if (!Files.isRegularFile(file)) {
      throw new TaggerModelException(
          "model package " + dir + " lacks " + file.getFileName() + " (files." + key + ")");
    }
    return file;
  }

  private static HuggingFaceTokenizer tokenizer(Path file) {
    try {
      return HuggingFaceTokenizer.newInstance(
          file, Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "true"));
    } catch (IOException | RuntimeException e) {
      throw new TaggerModelException(
          "cannot load the tokenizer " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs the module on a one-word window and, when it takes batches, on a batch of two windows of
   * different lengths, so that a wrong output shape is found at load time.
   */
  private void probe() {
    List<EncodedWindow> probes = new ArrayList<>();
    for (String text :
        manifest.batchSize() > 1 ? List.of(PROBE, PROBE + " " + PROBE) : List.of(PROBE)) {
      probes.addAll(encoder.encode(windows.split(Tokens.of(text))));
    }
    probes.removeIf(w -> !w.scored());
    try (TorchScriptScorer scorer = newScorer()) {
      scorer.logits(probes.subList(0, Math.min(1, probes.size())));
      if (probes.size() > 1) {
        scorer.logits(probes);
      }
    }
  }

  public Path dir() {
    return dir;
  }

  public TorchScriptManifest manifest() {
    return manifest;
  }

  public OutputTags tags() {
    return tags;
  }

  /** A new scorer; one per thread, closed by the caller. */
  public TorchScriptScorer newScorer() {
    return new TorchScriptScorer(
        model, manifest.inputs(), tags.size(), manifest.files().get("module"));
  }

  /** A tagger over {@code scorer}; one per thread, like the scorer. */
  public SubwordTagger newTagger(WindowScorer scorer) {
    return new SubwordTagger(encoder, windows, tags, scorer, manifest.batchSize());
  }

  @Override
  public void close() {
    model.close();
    tokenizer.close();
  }
}
