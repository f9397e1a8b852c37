package dev.notes2omop.plugin.cli;

import dev.notes2omop.vocab.generate.AthenaGenerator;
import dev.notes2omop.vocab.generate.GenerationProgress;
import dev.notes2omop.vocab.generate.GenerationReport;
import dev.notes2omop.vocab.generate.GeneratorSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code notes2omop vocab generate --out DIR [--scale 1.0] [--seed 42]}. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Writes a synthetic Athena-shaped vocabulary download (tab-separated CONCEPT.csv, ...),"
            + " deterministic for a seed; scale 1.0 is the size of a full Athena download"
            + " (6M concepts, 50M relationships). For load benchmarks and tests.")
final class VocabGenerateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", required = true, description = "The directory to write into.")
  Path out;

  @Option(
      names = "--scale",
      defaultValue = "1.0",
      description = "1.0 = full Athena size (default: ${DEFAULT-VALUE}).")
  double scale;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--malformed-rows",
      description = "Add a few malformed rows to CONCEPT.csv, to test error reporting.")
  boolean malformedRows;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    GeneratorSettings settings;
    try {
      settings = new GeneratorSettings(scale, seed, malformedRows);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--scale: " + e.getMessage());
    }
    boolean terminal = System.console() != null;
    long started = System.nanoTime();
    GenerationProgress progress =
        new GenerationProgress() {
          private long last;

          @Override
          public void onProgress(long done, long total) {
            long now = System.nanoTime();
            if (done < total && now - last < (terminal ? 250_000_000L : 10_000_000_000L)) {
              return;
            }
            last = now;
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            String line =
                String.format(
                    "generating: %,d / %,d concepts (%.0f%%), %,.0f concepts/s",
                    done, total, 100.0 * done / total, done / seconds);
            if (terminal) {
              err.print("\r" + line + "   ");
            } else {
              err.println(line);
            }
            err.flush();
          }
        };
    GenerationReport report = new AthenaGenerator(settings).generate(out, progress);
    if (terminal) {
      err.println();
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        "Generated an Athena-shaped vocabulary (scale %s, seed %d) in %s in %.1f s:%n",
        scale, seed, report.directory(), report.elapsed().toMillis() / 1e3);
    for (Map.Entry<String, Long> e : report.rowsByFile().entrySet()) {
      stdout.printf("  %-30s %,12d%n", e.getKey(), e.getValue());
    }
    if (report.malformedRows() > 0) {
      stdout.printf("Malformed rows added to CONCEPT.csv: %,d%n", report.malformedRows());
    }
    stdout.flush();
    return 0;
  }
}
