package dev.notes2omop.plugin.cli;

import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import dev.notes2omop.vocab.lexicon.LexiconWriter;
import dev.notes2omop.vocab.lexicon.terminology.CieOLexicon;
import dev.notes2omop.vocab.lexicon.terminology.ConceptLookup;
import dev.notes2omop.vocab.lexicon.terminology.SnomedLexicon;
import dev.notes2omop.vocab.lexicon.terminology.SnomedRf2Reader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code notes2omop vocab lexicon import}: a lexicon file from a terminology, the CIE-O-3.1
 * morphology or a SNOMED CT Spanish edition in RF2.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a lexicon file from a terminology:",
      "--cie-o FILE: the CIE-O-3.1 morphology (code, description, short_description) as ICDO3"
          + " entries; this is how the bundled lexicon/es-icdo3.tsv is made (docs/lexicons.md).",
      "--snomed-rf2 DIR: the Spanish descriptions of a SNOMED CT release (active synonyms that a"
          + " language reference set marks preferred or acceptable) as a site lexicon of SNOMED"
          + " concepts, with the domains of the vocabulary loaded in the database."
    })
final class VocabLexiconImportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Source source;

  /** One terminology. */
  static final class Source {
    @Option(
        names = "--cie-o",
        paramLabel = "FILE",
        description =
            "The CIE-O-3.1 morphology, tab-separated: code, description, short_description.")
    Path cieO;

    @Option(
        names = "--snomed-rf2",
        paramLabel = "DIR",
        description =
            "A SNOMED CT release folder holding sct2_Description_Snapshot-es*.txt and"
                + " der2_cRefset_LanguageSnapshot-es*.txt.")
    Path snomedRf2;
  }

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The lexicon file.")
  Path outFile;

  @Option(
      names = "--exclude-terms",
      paramLabel = "FILE",
      description =
          "Terms never to write (first tab-separated column of each line; '#' lines skipped), e.g."
              + " a test set. Repeatable. The bundled lexicons' terms are always excluded (for"
              + " --cie-o, those of the hand-written es.tsv): their entries win.")
  List<Path> excludeTerms = new ArrayList<>();

  @Option(
      names = "--domains",
      split = ",",
      paramLabel = "DOMAIN",
      description =
          "With --snomed-rf2: the domains kept (default: Condition, Drug, Measurement,"
              + " Procedure, Observation). Concepts the loaded vocabulary lacks are kept without"
              + " a domain.")
  List<String> domains = new ArrayList<>(SnomedLexicon.DEFAULT_DOMAINS);

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws IOException, SQLException {
    PrintWriter out = spec.commandLine().getOut();
    Set<String> excluded = excludedKeys();
    if (source.cieO != null) {
      importCieO(out, excluded);
    } else {
      importSnomed(out, excluded);
    }
    out.flush();
    return 0;
  }

  private void importCieO(PrintWriter out, Set<String> excluded) throws IOException {
    CieOLexicon.Result result =
        CieOLexicon.build(
            CieOLexicon.read(source.cieO), excluded, outFile.getFileName().toString());
    List<String> comments =
        List.of(
            "notes2omop Spanish lexicon, CIE-O-3.1 morphology section: tumour terms keyed to OMOP ICDO3"
                + " histology codes.",
            "",
            "Notice: " + CieOLexicon.NOTICE,
            "Keep this notice with this file and anything derived from it.",
            "",
            "Generated, do not edit: notes2omop vocab lexicon import --cie-o "
                + source.cieO.getFileName()
                + " --out "
                + outFile.getFileName()
                + " (docs/lexicons.md gives the whole command).",
            "Terms: the full and short descriptions written as notes write them (no SAI, no commas,"
                + " 'metástasis de ...', grades as 'bien/moderadamente/pobremente diferenciado',"
                + " 'indiferenciado').",
            "Codes: the histology NNNN/B; a graded code's terms name its histology (OMOP has no"
                + " concept for the grade digit). ICDO3 is resolved to NNNN/B-NULL (histology,"
                + " unknown site) when the vocabulary has it.",
            "Notes start with 'full vocabularies': without ICDO3 loaded the terms are tagged with"
                + " concept 0, and map once it is loaded.",
            "");
    LexiconWriter.write(outFile, comments, result.entries());
    out.printf(
        "CIE-O-3.1: %,d codes read, %,d entries written to %s (%,d terms left out as in the"
            + " excluded terms, %,d shared with an earlier histology)%n",
        result.codes(), result.entries().size(), outFile, result.excluded(), result.shared());
  }

  private void importSnomed(PrintWriter out, Set<String> excluded)
      throws IOException, SQLException {
    SnomedRf2Reader reader = SnomedRf2Reader.in(source.snomedRf2);
    List<SnomedRf2Reader.Term> terms = new ArrayList<>();
    int[] excludedCount = {0};
    SnomedRf2Reader.Counts counts =
        reader.read(
            t -> {
              if (excluded.contains(TextFolding.key(t.term()))) {
                excludedCount[0]++;
              } else {
                terms.add(t);
              }
            });
    Set<String> codes = new LinkedHashSet<>();
    terms.forEach(t -> codes.add(t.conceptId()));
    SnomedLexicon.Result result;
    try (Database db = Database.open(database.settings())) {
      out.println("Database: " + db.description());
      var domainByCode =
          new ConceptLookup(db.dataSource(), db.schemas().cdm()).domains("SNOMED", codes);
      if (domainByCode.isEmpty()) {
        out.println(
            "Warning: the loaded vocabulary has none of these SNOMED concepts: every entry is"
                + " written without a domain (load a vocabulary first with 'vocab load').");
      }
      result =
          SnomedLexicon.build(
              terms, domainByCode, new HashSet<>(domains), outFile.getFileName().toString());
    }
    List<String> comments =
        List.of(
            "Site lexicon from a SNOMED CT Spanish edition (RF2): "
                + reader.descriptionFile().getFileName(),
            "SNOMED CT is (c) SNOMED International; use it under your SNOMED CT licence.",
            "Generated by: notes2omop vocab lexicon import --snomed-rf2 DIR --out "
                + outFile.getFileName(),
            "");
    LexiconWriter.write(outFile, comments, result.entries());
    out.printf(
        "SNOMED CT RF2: %,d descriptions (%,d inactive, %,d not synonyms, %,d in no language"
            + " refset), %,d terms accepted, %,d left out as excluded terms%n",
        counts.descriptions(),
        counts.inactive(),
        counts.notSynonym(),
        counts.notInRefset(),
        terms.size() + excludedCount[0],
        excludedCount[0]);
    out.printf(
        "Written: %,d entries to %s (%,d without a domain: concept not in the loaded"
            + " vocabulary); left out: %,d ambiguous terms, %,d of other domains%n",
        result.entries().size(),
        outFile,
        result.unknownConcept(),
        result.ambiguous(),
        result.otherDomain());
  }

  private Set<String> excludedKeys() throws IOException {
    Set<String> keys = new HashSet<>();
    // the CIE-O section is made under the hand-written lexicon; a site lexicon under both
    Lexicon bundled = source.cieO != null ? Lexicon.bundledSpanish() : Lexicon.bundled();
    for (LexiconEntry entry : bundled.entries()) {
      keys.add(entry.key());
    }
    for (Path file : excludeTerms) {
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (!line.isBlank() && !line.startsWith("#")) {
            keys.add(TextFolding.key(line.split("\t", 2)[0]));
          }
        }
      }
    }
    return keys;
  }
}
