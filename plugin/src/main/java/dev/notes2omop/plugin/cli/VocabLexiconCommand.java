package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.LexiconReport;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notes2omop vocab lexicon}: lexicon commands. */
@Command(
    name = "lexicon",
    mixinStandardHelpOptions = true,
    description = "Lexicon commands.",
    subcommands = {
      VocabLexiconCommand.Check.class,
      VocabLexiconImportCommand.class,
      VocabLexiconInnCommand.class
    })
final class VocabLexiconCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a subcommand, e.g. check");
  }

  /** {@code notes2omop vocab lexicon check [FILE ...] [--bundled]}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Checks lexicon files against themselves and against the vocabulary loaded in the"
            + " database: malformed lines, unknown language codes, duplicates, conflicts (one term,"
            + " two concepts), unknown codes, codes neither standard nor mapped to a standard"
            + " concept, domains other than the declared one.",
        "Exits 1 when there are errors (malformed lines, conflicts, unknown codes), 0 otherwise."
      })
  static final class Check implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        arity = "0..*",
        paramLabel = "FILE",
        description =
            "Lexicon files (tab-separated, see docs/lexicons.md), checked as one lexicon. Without"
                + " any, the bundled Spanish lexicon is checked.")
    List<Path> files = new ArrayList<>();

    @Option(
        names = "--bundled",
        description =
            "Also check the bundled lexicons, together with the files (so that a file's"
                + " term that names another concept than the bundled one is a conflict).")
    boolean bundled;

    @Option(
        names = "--max-problems",
        defaultValue = "50",
        description = "How many problems to print (default: ${DEFAULT-VALUE}).")
    int maxProblems;

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      Lexicon lexicon = lexicon();
      try (Database db = Database.open(database.settings())) {
        out.println("Database: " + db.description());
        ConceptDictionary dictionary =
            ConceptDictionary.load(db.dataSource(), db.schemas().cdm(), lexicon);
        if (dictionary.size() == 0) {
          out.println(
              "Warning: the vocabulary in schema "
                  + db.schemas().cdm()
                  + " is empty, so every code is unknown: load one first with 'vocab load'.");
        }
        LexiconReport report = dictionary.lexiconReport();
        print(out, lexicon, report);
        out.flush();
        return report.hasErrors() ? 1 : 0;
      }
    }

    private Lexicon lexicon() throws IOException {
      Lexicon lexicon = bundled || files.isEmpty() ? Lexicon.bundled() : Lexicon.empty();
      for (Path file : files) {
        if (!Files.isRegularFile(file)) {
          throw new IOException(file + " does not exist or is not a file: give a lexicon file");
        }
        lexicon = lexicon.plus(Lexicon.readLenient(file));
      }
      return lexicon;
    }

    private void print(PrintWriter out, Lexicon lexicon, LexiconReport report) {
      out.printf(
          "Lexicon: %,d entries (%s), %,d lines skipped as malformed%n",
          lexicon.size(), sources(), lexicon.malformed().size());
      out.printf(
          "Resolved: %,d of %,d entries name a standard concept%n",
          report.resolved().size(), report.total());
      Map<LexiconProblem.Kind, int[]> counts = new EnumMap<>(LexiconProblem.Kind.class);
      for (LexiconProblem problem : report.problems()) {
        int[] c = counts.computeIfAbsent(problem.kind(), k -> new int[2]);
        c[problem.isError() ? 0 : 1]++;
      }
      long errors = report.errors().size();
      out.printf("Problems: %,d errors, %,d warnings%n", errors, report.problems().size() - errors);
      counts.forEach(
          (kind, c) ->
              out.printf(
                  "  %-16s %,6d errors %,6d warnings%n",
                  kind.name().toLowerCase(Locale.ROOT), c[0], c[1]));
      List<LexiconProblem> shown =
          report.problems().stream()
              .sorted(Comparator.comparing((LexiconProblem p) -> p.isError() ? 0 : 1))
              .limit(Math.max(0, maxProblems))
              .toList();
      for (LexiconProblem problem : shown) {
        out.println((problem.isError() ? "ERROR   " : "WARNING ") + problem);
      }
      if (shown.size() < report.problems().size()) {
        out.printf(
            "... %,d more (raise --max-problems to see them)%n",
            report.problems().size() - shown.size());
      }
      out.println(errors == 0 ? "Lexicon OK" : "Lexicon has errors: fix them before using it");
    }

    private String sources() {
      List<String> names = new ArrayList<>();
      if (bundled || files.isEmpty()) {
        names.add("bundled es.tsv + es-icdo3.tsv");
      }
      files.forEach(f -> names.add(f.toString()));
      return String.join(", ", names);
    }
  }
}
