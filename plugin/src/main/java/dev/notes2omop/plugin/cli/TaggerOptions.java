package dev.notes2omop.plugin.cli;

import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.tagger.dictionary.DictionaryTagger;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which tagger finds the mentions: {@code --tagger} and {@code --model}. */
final class TaggerOptions {

  /** The taggers {@code --tagger} names. */
  enum Kind {
    DICTIONARY,
    MODEL
  }

  @Option(
      names = "--tagger",
      defaultValue = "dictionary",
      paramLabel = "dictionary|model",
      converter = KindConverter.class,
      description =
          "dictionary: the vocabulary's and lexicon's terms, with the Spanish assertion rules"
              + " (default until a model ships); model: a trained model package (none ships yet).")
  Kind kind;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "A model package directory, for --tagger model.")
  Path model;

  /**
   * The tagger, over the loaded {@code dictionary}.
   *
   * @throws CommandLine.ParameterException when the options ask for something that cannot work
   */
  NoteTagger tagger(CommandLine commandLine, ConceptDictionary dictionary) {
    check(commandLine);
    return new DictionaryTagger(dictionary.taggerTerms());
  }

  /** Rejects {@code --tagger model} (no model ships yet) and a {@code --model} it would ignore. */
  void check(CommandLine commandLine) {
    if (kind == Kind.MODEL) {
      throw new CommandLine.ParameterException(
          commandLine,
          "--tagger model: no model is shipped yet and model packages cannot be loaded yet;"
              + " use --tagger dictionary (the default)");
    }
    if (model != null) {
      throw new CommandLine.ParameterException(
          commandLine,
          "--model is only read by --tagger model: leave it out with --tagger dictionary");
    }
  }

  /** Loads the vocabulary and {@code lexicon} the dictionary tagger and mappers use. */
  static ConceptDictionary dictionary(DataSource dataSource, SchemaNames schemas, Lexicon lexicon) {
    return ConceptDictionary.load(dataSource, schemas.cdm(), lexicon);
  }

  /** Accepts the kinds in any case. */
  static final class KindConverter implements CommandLine.ITypeConverter<Kind> {
    @Override
    public Kind convert(String value) {
      try {
        return Kind.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a tagger: use dictionary or model");
      }
    }
  }
}
