package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.omop.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** {@code users add} on a real database: hashed passwords, roles, refusals. */
class UsersCommandTest {

  private DataSource db;
  private String url;
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void database() {
    db = TestDatabase.freshDatabase();
    url = TestDatabase.jdbcUrl(db);
  }

  private int run(String stdin, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      picocli.CommandLine commandLine = Main.commandLine();
      commandLine.setOut(new PrintWriter(out));
      commandLine.setErr(new PrintWriter(err));
      String[] all = new String[args.length + 2];
      System.arraycopy(args, 0, all, 0, args.length);
      all[args.length] = "--db-url";
      all[args.length + 1] = url;
      return commandLine.execute(all);
    } finally {
      System.setIn(saved);
    }
  }

  private String[] row(String name) throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT password_hash, role FROM notes2omop.review_user WHERE user_name = '"
                    + name
                    + "'")) {
      return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
    }
  }

  @Test
  void addsAStewardWithAHashedPasswordReadFromStandardInput() throws Exception {
    assertThat(
            run(
                "correct-horse-1\n",
                "users",
                "add",
                "ana",
                "--role",
                "steward",
                "--password-stdin"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("Added ana (steward)");
    String[] row = row("ana");
    assertThat(row[1]).isEqualTo("STEWARD");
    assertThat(row[0]).startsWith("{bcrypt}").doesNotContain("correct-horse-1");
    assertThat(
            PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches("correct-horse-1", row[0]))
        .isTrue();

    assertThat(
            run("another-pass-2\n", "users", "add", "ana", "--role", "viewer", "--password-stdin"))
        .isZero();
    assertThat(out.toString()).contains("Updated ana (viewer)");
    assertThat(row("ana")[1]).isEqualTo("VIEWER");
  }

  @Test
  void refusesAnUnknownRoleAShortPasswordAndNoTerminal() throws Exception {
    assertThat(
            run("correct-horse-1\n", "users", "add", "bob", "--role", "admin", "--password-stdin"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("steward or viewer");
    assertThat(run("short\n", "users", "add", "bob", "--role", "viewer", "--password-stdin"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("at least 8 characters");
    assertThat(run("", "users", "add", "bob", "--role", "viewer")).isEqualTo(2);
    assertThat(err.toString()).contains("--password-stdin");
    assertThat(row("bob")).isNull();
  }
}
