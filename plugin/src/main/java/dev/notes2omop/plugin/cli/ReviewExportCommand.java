package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.review.CorrectionExport;
import dev.notes2omop.plugin.runtime.Database;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code notes2omop review export --records FILE}: the stewards' corrections as training records.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes the mention corrections and 'not an entity' decisions made on the review page as"
            + " training records (the record format of synth, one JSON line each), for"
            + " notes2omop train --corrections FILE.")
final class ReviewExportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--records", required = true, description = "The JSON-lines file to write.")
  Path records;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    try (Database db = Database.open(database.settings())) {
      Path parent = records.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Path tmp = Files.createTempFile(parent, records.getFileName().toString(), ".tmp");
      int count;
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        count = CorrectionExport.write(db.dataSource(), db.schemas(), out);
      }
      Files.move(tmp, records, StandardCopyOption.REPLACE_EXISTING);
      spec.commandLine().getOut().println(count + " training records written to " + records);
    }
    return 0;
  }
}
