package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.vocab.review.Decision;
import dev.notes2omop.vocab.review.DecisionStore;
import dev.notes2omop.vocab.review.ReviewSettings;
import dev.notes2omop.vocab.review.ReviewStatus;
import dev.notes2omop.vocab.review.usagi.UsagiExporter;
import dev.notes2omop.vocab.review.usagi.UsagiImportReport;
import dev.notes2omop.vocab.review.usagi.UsagiImporter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notes2omop vocab review}: data stewards' mapping decisions. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description =
        "Data stewards' mapping decisions (SOURCE_TO_CONCEPT_MAP overrides): Usagi import and"
            + " export, listing.",
    subcommands = {
      VocabReviewCommand.Import.class,
      VocabReviewCommand.Export.class,
      VocabReviewCommand.ListDecisions.class
    })
final class VocabReviewCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "give a subcommand: import, export or list");
  }

  /** The options every review subcommand has. */
  static final class ReviewOptions {
    @Option(
        names = "--source-vocabulary",
        defaultValue = ReviewSettings.DEFAULT_SOURCE_VOCABULARY,
        description =
            "SOURCE_TO_CONCEPT_MAP.source_vocabulary_id of the decisions, at most 20 characters"
                + " (default: ${DEFAULT-VALUE}).")
    String sourceVocabulary;

    DecisionStore store(Database db) {
      return new DecisionStore(
          db.dataSource(),
          new ReviewSettings(db.schemas().cdm(), db.schemas().own(), sourceVocabulary));
    }
  }

  /** {@code vocab review import --usagi FILE}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Imports a Usagi save file: one decision per row, approved ones into"
              + " SOURCE_TO_CONCEPT_MAP. Nothing is written when a line is wrong.")
  static final class Import implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--usagi", required = true, description = "The Usagi save file (CSV).")
    Path usagi;

    @Option(
        names = "--reviewer",
        defaultValue = "${sys:user.name}",
        description =
            "Who imports: the creator and status setter of rows that do not say (default: the"
                + " system user).")
    String reviewer;

    @Mixin ReviewOptions review;
    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(usagi)) {
        throw new IllegalArgumentException(usagi + " does not exist or is not a file");
      }
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = Database.open(database.settings())) {
        UsagiImportReport report = new UsagiImporter(review.store(db)).importFile(usagi, reviewer);
        out.printf(
            "Imported %s: %,d rows, %,d created, %,d updated, %,d unchanged, %,d skipped (no"
                + " decision)%n",
            usagi,
            report.rows(),
            report.created(),
            report.updated(),
            report.unchanged(),
            report.skipped());
        out.flush();
      }
      return 0;
    }
  }

  /** {@code vocab review export --usagi FILE}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Writes all decisions as a Usagi save file.")
  static final class Export implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--usagi", required = true, description = "The file to write (replaced).")
    Path usagi;

    @Mixin ReviewOptions review;
    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = Database.open(database.settings())) {
        int rows = new UsagiExporter(review.store(db)).export(usagi);
        out.printf("Exported %,d decisions to %s%n", rows, usagi);
        out.flush();
      }
      return 0;
    }
  }

  /** {@code vocab review list [--status S]}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Prints the decisions as a table.")
  static final class ListDecisions implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--status",
        description =
            "Only decisions with this status: APPROVED, UNCHECKED, AUTO_MAPPED, AUTO_MAPPED_TO_1,"
                + " INVALID_TARGET, FLAGGED or IGNORED.")
    String status;

    @Mixin ReviewOptions review;
    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      ReviewStatus wanted = status == null ? null : ReviewStatus.parse(status);
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = Database.open(database.settings())) {
        print(out, review.store(db).list(wanted));
        out.flush();
      }
      return 0;
    }

    static void print(PrintWriter out, List<Decision> decisions) {
      out.printf(
          "%-30s %-12s %10s %-16s %-10s %-12s %s%n",
          "term", "domain", "concept", "status", "equiv.", "set by", "comment");
      for (Decision d : decisions) {
        out.printf(
            "%-30s %-12s %10d %-16s %-10s %-12s %s%n",
            cut(d.term(), 30),
            d.mentionDomain() == null ? "(any)" : d.mentionDomain(),
            d.targetConceptId(),
            d.status(),
            d.equivalence(),
            cut(d.statusSetBy() == null ? "" : d.statusSetBy(), 12),
            d.comment() == null ? "" : cut(d.comment().replaceAll("\\s+", " "), 60));
      }
      out.printf("%,d decisions%n", decisions.size());
    }

    private static String cut(String s, int width) {
      return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
  }
}
