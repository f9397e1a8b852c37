package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.review.ReviewUsers;
import dev.notes2omop.plugin.runtime.Database;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notes2omop users}: the review page's users. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    subcommands = {UsersCommand.Add.class},
    description = "Manages the users of the review page.")
final class UsersCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a subcommand: add");
  }

  /** {@code users add NAME --role steward|viewer [--password-stdin]}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Adds a user of the review page (or sets the role and password of an existing one)."
              + " The password is asked for at a prompt, or read from the first line of standard"
              + " input with --password-stdin; it is stored hashed (bcrypt).")
  static final class Add implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", description = "The login name.")
    String name;

    @Option(
        names = "--role",
        required = true,
        description = "steward (sees and decides) or viewer (sees only).")
    String role;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input (for scripts).")
    boolean passwordStdin;

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
      ReviewUsers.Role parsed;
      try {
        parsed = ReviewUsers.role(role);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      char[] password = password();
      try (Database db = Database.open(database.settings())) {
        boolean created =
            new ReviewUsers(db.dataSource(), db.schemas()).add(name, parsed, password);
        spec.commandLine()
            .getOut()
            .println(
                (created ? "Added " : "Updated ")
                    + name
                    + " ("
                    + parsed.name().toLowerCase(java.util.Locale.ROOT)
                    + ")");
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      } finally {
        Arrays.fill(password, ' ');
      }
      return 0;
    }

    private char[] password() throws Exception {
      if (passwordStdin) {
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null || line.isEmpty()) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--password-stdin: standard input has no password line");
        }
        return line.toCharArray();
      }
      Console console = System.console();
      if (console == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "no terminal to ask for the password: pipe it in with --password-stdin");
      }
      char[] first = console.readPassword("Password for %s: ", name);
      char[] second = console.readPassword("Again: ");
      if (first == null || !Arrays.equals(first, second)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "the passwords differ");
      }
      return first;
    }
  }
}
