package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.runtime.Version;
import java.util.logging.Level;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code notes2omop} command. */
@Command(
    name = "notes2omop",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Spanish clinical notes (FHIR R4 DocumentReference) to OMOP CDM v5.4 rows.",
    subcommands = {
      DemoCommand.class,
      EvaluateCommand.class,
      EtlCommand.class,
      SparkEtlCommand.class,
      SampleCorpusCommand.class,
      ReviewCommand.class,
      SilverCommand.class,
      AdaptCommand.class,
      ServeCommand.class,
      SynthCommand.class,
      TagCommand.class,
      TrainCommand.class,
      UsersCommand.class,
      VocabCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /**
   * Liquibase logs through java.util.logging at INFO; kept to warnings. Held here because JUL keeps
   * only weak references to its loggers, and a collected logger forgets its level.
   */
  private static final java.util.logging.Logger LIQUIBASE_LOG =
      java.util.logging.Logger.getLogger("liquibase");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    engineDefaults();
    System.exit(run(args));
  }

  /**
   * DJL's settings unless given on the command line: offline (a missing native library fails
   * instead of being downloaded) and one intra-op and one inter-op thread per PyTorch call, since
   * parallelism comes from one predictor per worker thread (DESIGN §5).
   */
  static void engineDefaults() {
    System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
    System.setProperty(
        "ai.djl.pytorch.num_threads", System.getProperty("ai.djl.pytorch.num_threads", "1"));
    System.setProperty(
        "ai.djl.pytorch.num_interop_threads",
        System.getProperty("ai.djl.pytorch.num_interop_threads", "1"));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, for callers that redirect its output. */
  public static CommandLine commandLine() {
    LIQUIBASE_LOG.setLevel(Level.WARNING);
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(new FatalErrorHandler());
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a command, e.g. demo");
  }

  /** Prints the version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"notes2omop " + Version.get()};
    }
  }

  /** Prints a fatal error as one clear line (the stack trace only with --debug or at DEBUG). */
  static final class FatalErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      commandLine.getErr().println("notes2omop: " + describe(e));
      if (Boolean.getBoolean("notes2omop.debug")) {
        e.printStackTrace(commandLine.getErr());
      }
      return 1;
    }

    /** The error's message and, when it does not already say it, its root cause's. */
    private static String describe(Throwable e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
        message += " (" + root.getMessage() + ")";
      }
      return message;
    }
  }
}
