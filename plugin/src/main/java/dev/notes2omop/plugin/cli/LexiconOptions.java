package dev.notes2omop.plugin.cli;

import dev.notes2omop.vocab.lexicon.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Which lexicons map text to concepts: a site's own files, then the bundled Spanish lexicon. A
 * site's entry wins over a bundled entry for the same folded term, because earlier entries win.
 */
final class LexiconOptions {

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description =
          "A site lexicon (tab-separated, see docs/lexicons.md) used before the bundled Spanish"
              + " lexicon. Repeatable; earlier files win.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--no-bundled-lexicon",
      description = "Use only the --lexicon files, not the bundled Spanish lexicon.")
  boolean noBundled;

  /**
   * The lexicon to use.
   *
   * @throws IllegalArgumentException when a file is missing; {@link UncheckedIOException} when one
   *     cannot be read
   */
  Lexicon lexicon() {
    if (noBundled && files.isEmpty()) {
      throw new IllegalArgumentException(
          "--no-bundled-lexicon leaves no lexicon: give at least one --lexicon FILE");
    }
    Lexicon lexicon = Lexicon.empty();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("lexicon file " + file + " does not exist");
      }
      try {
        lexicon = lexicon.plus(Lexicon.read(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read lexicon " + file + ": " + e.getMessage(), e);
      }
    }
    return noBundled ? lexicon : lexicon.plus(Lexicon.bundled());
  }
}
