package dev.notes2omop.tagger.neural;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.model.BioDecoder;
import dev.notes2omop.tagger.model.FeatureSpace;
import dev.notes2omop.tagger.model.Gazetteer;
import dev.notes2omop.tagger.model.LabelSet;
import dev.notes2omop.tagger.model.ScoreFault;
import dev.notes2omop.tagger.model.Windows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A trained tagger and everything needed to run it again (DESIGN §5): a directory with {@code
 * model.json} (the {@link Manifest}), the network's parameters ({@code tagger-0000.params}), the
 * vocabularies ({@code words.vocab}, {@code chars.vocab}, {@code shapes.vocab}) and the gazetteer's
 * terms ({@code gazetteer.tsv}). Owns the DJL {@link Model}: close it when done.
 */
public final class ModelPackage implements AutoCloseable {

  /** The architecture this code builds and reads. */
  public static final String ARCHITECTURE = "bilstm-fw-bw-charcnn-v2";

  public static final String ENGINE = "PyTorch";
  static final String PARAMS_PREFIX = "tagger";
  static final String MANIFEST = "model.json";
  static final String GAZETTEER = "gazetteer.tsv";
  private static final int FORMAT = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * What {@code model.json} holds.
   *
   * @param format version of this layout
   * @param id the model's id ({@code nlp_system} names it)
   * @param architecture {@link #ARCHITECTURE}
   * @param engine the DJL engine
   * @param hyperParameters sizes of the network and settings of its training
   * @param tags the label set's tags, in index order
   * @param files the vocabulary, gazetteer and parameter files
   * @param seed the training seed
   * @param trainingDataHash SHA-256 of the training records (ids, texts, tags) in order
   * @param codeVersion the trainer's version
   * @param parameterCount number of trainable weights
   * @param metrics measured figures (losses, F1, speed)
   */
  public record Manifest(
      int format,
      String id,
      String architecture,
      String engine,
      TaggerConfig hyperParameters,
      List<String> tags,
      Map<String, String> files,
      long seed,
      String trainingDataHash,
      String codeVersion,
      long parameterCount,
      Map<String, Double> metrics) {

    public Manifest {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(hyperParameters, "hyperParameters");
      tags = List.copyOf(tags);
      files = Map.copyOf(files);
      metrics = Map.copyOf(metrics);
    }
  }

  private final Model model;
  private final FeatureSpace features;
  private final LabelSet labels;
  private final List<DictionaryTerm> gazetteerTerms;
  private final Manifest manifest;

  public ModelPackage(
      Model model,
      FeatureSpace features,
      LabelSet labels,
      List<DictionaryTerm> gazetteerTerms,
      Manifest manifest) {
    this.model = model;
    this.features = features;
    this.labels = labels;
    this.gazetteerTerms = List.copyOf(gazetteerTerms);
    this.manifest = manifest;
  }

  public static Map<String, String> fileNames() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("words", "words.vocab");
    files.put("chars", "chars.vocab");
    files.put("shapes", "shapes.vocab");
    files.put("gazetteer", GAZETTEER);
    files.put("parameters", PARAMS_PREFIX + "-0000.params");
    return files;
  }

  public static long countParameters(Model model) {
    long count = 0;
    for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
      count += p.getValue().getArray().size();
    }
    return count;
  }

  public Manifest manifest() {
    return manifest;
  }

  public LabelSet labels() {
    return labels;
  }

  public FeatureSpace features() {
    return features;
  }

  public TaggerConfig config() {
    return manifest.hyperParameters();
  }

  /**
   * The network's function in plain Java over this package's parameters ({@link ReferenceForward}):
   * slow, for checking the engine and recording golden scores.
   */
  public ReferenceForward reference() {
    return new ReferenceForward(model.getBlock(), config(), labels.size());
  }

  /** A new predictor; one per thread, closed by the caller. */
  public TaggerPredictor newPredictor() {
    return newPredictor(features);
  }

  /**
   * The features of this package with a gazetteer that flags the package's terms and {@code
   * extraTerms} too: a term of the loaded vocabulary or of a site lexicon then reaches the model
   * although it was not in the training lexicon.
   */
  public FeatureSpace featuresWith(Collection<DictionaryTerm> extraTerms) {
    if (extraTerms.isEmpty()) {
      return features;
    }
    Set<DictionaryTerm> all = new LinkedHashSet<>(gazetteerTerms);
    all.addAll(extraTerms);
    return features.withGazetteer(new Gazetteer(labels, all));
  }

  /** A new predictor over {@code featureSpace} (from {@link #featuresWith}); one per thread. */
  public TaggerPredictor newPredictor(FeatureSpace featureSpace) {
    return newPredictor(featureSpace, null);
  }

  /**
   * A new predictor over {@code featureSpace} whose scores go through {@code fault} (fault
   * injection, {@code null} for none).
   */
  public TaggerPredictor newPredictor(FeatureSpace featureSpace, ScoreFault fault) {
    TaggerConfig config = config();
    return new TaggerPredictor(
        model,
        featureSpace,
        new Windows(config.maxTokens(), config.overlap()),
        new BioDecoder(labels),
        config.batchSize(),
        fault);
  }

  /** Writes the package to {@code dir}, replacing the parameter files of an earlier save. */
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, PARAMS_PREFIX + "-*.params")) {
      for (Path p : old) {
        Files.delete(p);
      }
    }
    features.save(dir);
    writeGazetteer(dir.resolve(GAZETTEER), gazetteerTerms);
    model.save(dir, PARAMS_PREFIX);
    JSON.writeValue(dir.resolve(MANIFEST).toFile(), manifest);
  }

  /**
   * Reads a package written by {@link #save} into a new DJL model.
   *
   * @throws TaggerModelException when the package is of another architecture or its files do not
   *     match each other
   */
  public static ModelPackage load(Path dir) throws IOException {
    Manifest manifest = JSON.readValue(dir.resolve(MANIFEST).toFile(), Manifest.class);
    if (manifest.format() != FORMAT || !ARCHITECTURE.equals(manifest.architecture())) {
      throw new TaggerModelException(
          "model package "
              + dir
              + " is format "
              + manifest.format()
              + " / "
              + manifest.architecture()
              + ", this code reads format "
              + FORMAT
              + " / "
              + ARCHITECTURE);
    }
    LabelSet labels = LabelSet.fromTags(manifest.tags());
    List<DictionaryTerm> terms = readGazetteer(dir.resolve(GAZETTEER));
    TaggerConfig config = manifest.hyperParameters();
    FeatureSpace features = FeatureSpace.load(dir, new Gazetteer(labels, terms), config.maxChars());
    Model model = Model.newInstance(manifest.id(), ENGINE);
    try {
      model.setBlock(network(features, labels, config));
      model.load(dir, PARAMS_PREFIX);
      long count = countParameters(model);
      if (count != manifest.parameterCount()) {
        throw new TaggerModelException(
            "model package "
                + dir
                + " has "
                + count
                + " weights, model.json says "
                + manifest.parameterCount());
      }
    } catch (MalformedModelException | RuntimeException | IOException e) {
      model.close();
      if (e instanceof TaggerModelException t) {
        throw t;
      }
      throw new TaggerModelException("cannot load the parameters of model package " + dir, e);
    }
    return new ModelPackage(model, features, labels, terms, manifest);
  }

  public static TaggerNetwork network(FeatureSpace features, LabelSet labels, TaggerConfig config) {
    return new TaggerNetwork(
        features.words().size(),
        features.chars().size(),
        features.shapes().size(),
        features.gazetteer().width(),
        labels.size(),
        config);
  }

  private static void writeGazetteer(Path file, List<DictionaryTerm> terms) throws IOException {
    List<String> lines = new ArrayList<>(terms.size() + 1);
    lines.add("# notes2omop gazetteer v1: term<TAB>label<TAB>concept_id");
    for (DictionaryTerm t : terms) {
      if (t.term().indexOf('\t') >= 0 || t.term().indexOf('\n') >= 0) {
        throw new IllegalArgumentException("gazetteer term with a tab or line break: " + t.term());
      }
      lines.add(t.term() + "\t" + t.label().name() + "\t" + t.conceptId());
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static List<DictionaryTerm> readGazetteer(Path file) throws IOException {
    List<DictionaryTerm> terms = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      if (parts.length != 3) {
        throw new TaggerModelException(file + ":" + (i + 1) + ": expected 3 tab-separated fields");
      }
      try {
        terms.add(
            new DictionaryTerm(
                parts[0], EntityLabel.valueOf(parts[1]), Integer.parseInt(parts[2])));
      } catch (IllegalArgumentException e) {
        throw new TaggerModelException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return terms;
  }

  @Override
  public void close() {
    model.close();
  }
}
