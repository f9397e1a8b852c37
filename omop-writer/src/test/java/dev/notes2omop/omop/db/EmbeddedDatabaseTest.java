package dev.notes2omop.omop.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

  @TempDir Path temp;

  @Test
  void keepsDataBetweenRunsInTheGivenDirectory() throws SQLException {
    Path data = temp.resolve("pg");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
      assertThat(db.port()).isPositive();
      assertThat(db.jdbcUrl()).contains(":" + db.port() + "/");
      assertThat(db.dataDirectory()).isEqualTo(data.toAbsolutePath());
      try (Connection c = db.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE kept (v text)");
        s.execute("INSERT INTO kept VALUES ('diabetes mellitus tipo 2, Ñandú')");
      }
    }
    assertThat(data.resolve("PG_VERSION")).exists();
    try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0);
        Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT v, current_setting('server_encoding') FROM kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("diabetes mellitus tipo 2, Ñandú");
      assertThat(rs.getString(2)).isEqualTo("UTF8");
    }
  }

  @Test
  void stopsAServerLeftRunningByAKilledProcess() throws Exception {
    Path data = temp.resolve("orphan");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                OrphanMaker.class.getName(),
                data.toString())
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve("child.log").toFile())
            .start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    long orphanPid =
        Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

    try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0);
        Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }
  }

  @Test
  void refusesANonEmptyDirectoryWithoutCluster() throws Exception {
    Files.writeString(temp.resolve("notes.txt"), "not a cluster");
    assertThatThrownBy(() -> EmbeddedDatabase.start(temp, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(temp.toString())
        .hasMessageContaining("no PG_VERSION");
  }

  @Test
  void namesTheUrlButNotThePasswordWhenTheDatabaseIsUnreachable() {
    assertThatThrownBy(
            () ->
                DataSources.fromUrl(
                    "jdbc:postgresql://localhost:1/nowhere?password=secret", "u", null))
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("jdbc:postgresql://localhost:1/nowhere")
        .hasMessageNotContaining("secret");
  }
}
