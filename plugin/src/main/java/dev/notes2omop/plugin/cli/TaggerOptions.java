package dev.notes2omop.plugin.cli;

import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.plugin.runtime.TaggerSettings;
import dev.notes2omop.plugin.runtime.Taggers;
import dev.notes2omop.tagger.neural.TaggerModelException;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which tagger finds the mentions: {@code --tagger} and {@code --model}. */
final class TaggerOptions {

  @Option(
      names = "--tagger",
      defaultValue = "model",
      paramLabel = "model|dictionary",
      converter = KindConverter.class,
      description =
          "model: the neural tagger (the shipped model, or the package --model names; default);"
              + " dictionary: the vocabulary's and lexicon's terms as written (the baseline).")
  TaggerSettings.Kind kind;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description =
          "A model package directory instead of the shipped model: one `train --out` wrote, or a"
              + " TorchScript token classifier with its tokenizer.json (docs/model.md).")
  Path model;

  /**
   * The settings these options give.
   *
   * @throws CommandLine.ParameterException when the options ask for something that cannot work
   */
  TaggerSettings settings(CommandLine commandLine) {
    if (kind == TaggerSettings.Kind.DICTIONARY && model != null) {
      throw new CommandLine.ParameterException(
          commandLine,
          "--model is only read by --tagger model: leave it out with --tagger dictionary");
    }
    if (model != null) {
      try {
        Taggers.requirePackage(model);
      } catch (TaggerModelException e) {
        throw new CommandLine.ParameterException(commandLine, "--model " + e.getMessage(), e);
      }
    }
    return new TaggerSettings(kind, model);
  }

  /**
   * Opens the tagger {@code settings} (from {@link #settings}) name, over the loaded {@code
   * dictionary}; the caller closes it.
   *
   * @throws CommandLine.ParameterException when the model package cannot be loaded
   */
  static Taggers.OpenTagger open(
      CommandLine commandLine, TaggerSettings settings, ConceptDictionary dictionary) {
    try {
      return Taggers.open(settings, dictionary);
    } catch (TaggerModelException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage(), e);
    }
  }

  /** Loads the vocabulary and {@code lexicon} the dictionary tagger and mappers use. */
  static ConceptDictionary dictionary(DataSource dataSource, SchemaNames schemas, Lexicon lexicon) {
    return ConceptDictionary.load(dataSource, schemas.cdm(), lexicon);
  }

  /** Accepts the kinds in any case. */
  static final class KindConverter implements CommandLine.ITypeConverter<TaggerSettings.Kind> {
    @Override
    public TaggerSettings.Kind convert(String value) {
      try {
        return TaggerSettings.Kind.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a tagger: use model or dictionary");
      }
    }
  }
}
