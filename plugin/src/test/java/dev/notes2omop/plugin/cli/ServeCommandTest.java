package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** serve's refusals before anything starts. */
class ServeCommandTest {

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(new StringWriter()));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void refusesANonLoopbackAddressWithoutATokenAndSaysHowToSetOne() {
    int exit = run("serve", "--bind", "0.0.0.0", "--api-token", "");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("refusing to listen on 0.0.0.0 without an API token")
        .contains("NOTES2OMOP_API_TOKEN");
  }
}
