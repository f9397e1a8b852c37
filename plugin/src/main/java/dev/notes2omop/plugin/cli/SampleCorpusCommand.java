package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.demo.SyntheticCorpusGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code notes2omop sample-corpus}: a generated NDJSON corpus for trying and measuring etl. */
@Command(
    name = "sample-corpus",
    mixinStandardHelpOptions = true,
    description =
        "Writes a generated NDJSON file of fictional Patients and Spanish DocumentReferences"
            + " (~1,500 characters each), deterministic for a seed, to try or benchmark etl.")
final class SampleCorpusCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--notes",
      defaultValue = "1000",
      description = "Notes (default: ${DEFAULT-VALUE}).")
  int notes;

  @Option(
      names = "--patients",
      defaultValue = "200",
      description = "Patients (default: ${DEFAULT-VALUE}).")
  int patients;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      required = true,
      description = "The NDJSON file to write (gzip when it ends in .gz).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (notes < 0 || patients < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--notes must be >= 0 and --patients >= 1");
    }
    new SyntheticCorpusGenerator().write(out, notes, patients, seed);
    PrintWriter printer = spec.commandLine().getOut();
    printer.printf("Wrote %,d notes of %,d patients to %s%n", notes, patients, out);
    printer.flush();
    return 0;
  }
}
