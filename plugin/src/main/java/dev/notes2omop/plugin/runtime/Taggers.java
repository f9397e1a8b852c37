package dev.notes2omop.plugin.runtime;

import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.tagger.assertion.SpanishAssertionDetector;
import dev.notes2omop.tagger.dictionary.DictionaryTagger;
import dev.notes2omop.tagger.external.ExternalModelTagger;
import dev.notes2omop.tagger.external.TorchScriptManifest;
import dev.notes2omop.tagger.external.TorchScriptPackage;
import dev.notes2omop.tagger.model.ScoreFault;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.tagger.neural.ModelTagger;
import dev.notes2omop.tagger.neural.TaggerModelException;
import dev.notes2omop.tagger.value.MeasurementValueExtractor;
import dev.notes2omop.vocab.ConceptDictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the tagger {@link TaggerSettings} name. A package whose {@code model.json} says {@value
 * TorchScriptManifest#ARCHITECTURE} is a model trained elsewhere ({@link TorchScriptPackage}); any
 * other goes through {@link ModelPackage#load}. The shipped model is a model package bundled in the
 * jar under {@value #BUNDLED_MODEL}; it is copied to a temporary directory, loaded (the package is
 * read whole into memory) and the copy deleted. The model's gazetteer flags its own lexicon's terms
 * and those of the loaded vocabulary and lexicons (the dictionary tagger's terms), so that a term a
 * site adds reaches the model without retraining.
 */
public final class Taggers {

  /** The classpath folder of the shipped model package (with an {@code index.txt}). */
  public static final String BUNDLED_MODEL = "model/default";

  /**
   * System property that injects NaN scores into the model tagger (fault injection for tests and
   * soak runs): {@code TOKEN} for every predictor, {@code TOKEN:once} for the first of each thread.
   */
  public static final String FAULT_PROPERTY = "notes2omop.fault.nan-token";

  private static final Logger log = LoggerFactory.getLogger(Taggers.class);

  private Taggers() {}

  /** A tagger that releases what it holds (the model's native memory) when closed. */
  public interface OpenTagger extends NoteTagger, AutoCloseable {
    @Override
    void close();
  }

  /**
   * Opens the tagger of {@code settings}; {@code dictionary} gives the dictionary tagger its terms.
   *
   * @throws TaggerModelException when the model package cannot be read
   */
  public static OpenTagger open(TaggerSettings settings, ConceptDictionary dictionary) {
    if (settings.kind() == TaggerSettings.Kind.DICTIONARY) {
      DictionaryTagger tagger = new DictionaryTagger(dictionary.taggerTerms());
      return new Wrapped(tagger, () -> {});
    }
    if (settings.model() != null && TorchScriptManifest.describes(settings.model())) {
      return openExternal(settings.model());
    }
    ModelPackage model = settings.model() == null ? loadBundled() : load(settings.model());
    ScoreFault fault = scoreFault();
    ModelTagger tagger =
        new ModelTagger(
            model,
            dictionary.taggerTerms(),
            new SpanishAssertionDetector(),
            new MeasurementValueExtractor(),
            fault);
    log.info(
        "model tagger ready: {} ({} weights)",
        model.manifest().id(),
        model.manifest().parameterCount());
    return new Wrapped(
        tagger,
        () -> {
          tagger.close();
          model.close();
        });
  }

  /**
   * The fault injected into the model's scores when the system property {@value #FAULT_PROPERTY}
   * asks for one (tests and soak runs, docs/model.md), else {@code null}.
   */
  private static ScoreFault scoreFault() {
    String spec = System.getProperty(FAULT_PROPERTY);
    if (spec == null || spec.isBlank()) {
      return null;
    }
    ScoreFault fault = ScoreFault.parse(spec);
    log.warn("fault injection ({}): {}", FAULT_PROPERTY, fault);
    return fault;
  }

  /**
   * A model trained elsewhere: {@code model.json} says {@value TorchScriptManifest#ARCHITECTURE}.
   */
  private static OpenTagger openExternal(Path dir) {
    TorchScriptPackage model = TorchScriptPackage.load(dir);
    ExternalModelTagger tagger = new ExternalModelTagger(model);
    log.info(
        "external model tagger ready: {} version {} ({} tags)",
        model.manifest().id(),
        model.manifest().version(),
        model.tags().size());
    return new Wrapped(
        tagger,
        () -> {
          tagger.close();
          model.close();
        });
  }

  /** Loads the package in {@code dir}, with errors that say which directory is wrong. */
  public static ModelPackage load(Path dir) {
    requirePackage(dir);
    try {
      return ModelPackage.load(dir);
    } catch (NoSuchFileException e) {
      throw new TaggerModelException("model package " + dir + " lacks " + e.getFile(), e);
    } catch (IOException e) {
      throw new TaggerModelException("cannot read model package " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Checks that {@code dir} looks like a model package (it has a {@code model.json}).
   *
   * @throws TaggerModelException naming the directory when it does not
   */
  public static void requirePackage(Path dir) {
    if (!Files.isRegularFile(dir.resolve("model.json"))) {
      throw new TaggerModelException(
          dir + ": not a model package (no model.json); give a directory `train --out` wrote");
    }
  }

  /** Loads the shipped model package. */
  public static ModelPackage loadBundled() {
    Path copy = null;
    try {
      copy = Files.createTempDirectory("notes2omop-model-");
      BundledResources.extract(BUNDLED_MODEL, copy);
      return ModelPackage.load(copy);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the shipped model: " + e.getMessage(), e);
    } finally {
      if (copy != null) {
        deleteQuietly(copy);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      log.warn("could not delete the temporary copy of the model in {}: {}", dir, e.getMessage());
    }
  }

  private record Wrapped(NoteTagger tagger, Runnable closer) implements OpenTagger {
    @Override
    public List<Mention> tag(String text) {
      return tagger.tag(text);
    }

    @Override
    public String id() {
      return tagger.id();
    }

    @Override
    public void close() {
      closer.run();
    }
  }
}
