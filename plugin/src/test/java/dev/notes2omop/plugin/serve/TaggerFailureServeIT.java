package dev.notes2omop.plugin.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.plugin.runtime.Taggers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}: a note the model fails on (NaN scores injected through {@value
 * Taggers#FAULT_PROPERTY}) is retried with a fresh predictor, and when the fault stays, the work
 * item is tried again later and never goes dead for it, however many attempts; the notes around it
 * are written.
 */
class TaggerFailureServeIT {

  @TempDir Path tmp;

  @AfterEach
  void noFault() {
    System.clearProperty(Taggers.FAULT_PROPERTY);
  }

  @Test
  void aFaultOfOnePredictorIsHealedByAFreshOne() throws Exception {
    System.setProperty(Taggers.FAULT_PROPERTY, "zzfallo:once");
    DataSource db = TestDatabase.freshDatabase();
    try (ServeFixture serve = new ServeFixture(db, tmp, ServeFixture.settings())) {
      assertThat(serve.put("/fhir/Patient/p1", ServeFixture.patient("p1")).statusCode())
          .isIn(200, 201);
      for (int i = 0; i < 6; i++) {
        String text = i == 2 ? "Neumonía con zzfallo y fiebre." : "Neumonía y fiebre " + i + ".";
        assertThat(
                serve
                    .put(
                        "/fhir/DocumentReference/d" + i,
                        ServeFixture.note("d" + i, "1", "p1", text))
                    .statusCode())
            .isIn(200, 201);
      }
      serve.awaitIdle();

      assertThat(states(db, "DONE")).isEqualTo(7);
      assertThat(states(db, "DEAD")).isZero();
      assertThat(serve.noteTexts("DocumentReference/d2")).hasSize(1);
    }
  }

  @Test
  void anItemTheTaggerKeepsFailingOnIsRetriedAndNeverDead() throws Exception {
    System.setProperty(Taggers.FAULT_PROPERTY, "zzfallo");
    DataSource db = TestDatabase.freshDatabase();
    ServeSettings settings = ServeFixture.settings();
    try (ServeFixture serve = new ServeFixture(db, tmp, settings)) {
      serve.put("/fhir/Patient/p1", ServeFixture.patient("p1"));
      serve.put(
          "/fhir/DocumentReference/bad",
          ServeFixture.note("bad", "1", "p1", "Neumonía con zzfallo."));
      serve.put("/fhir/DocumentReference/good", ServeFixture.note("good", "1", "p1", "Neumonía."));
      // backoff 1 s, 2 s, 4 s: past maxAttempts (3) within about 8 s
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (attempts(db, "DocumentReference/bad") <= settings.maxAttempts()
          && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }

      assertThat(attempts(db, "DocumentReference/bad")).isGreaterThan(settings.maxAttempts());
      assertThat(states(db, "DEAD")).isZero();
      assertThat(lastError(db, "DocumentReference/bad")).contains("not finite");
      assertThat(serve.noteTexts("DocumentReference/good")).hasSize(1);
      assertThat(serve.noteTexts("DocumentReference/bad")).isEmpty();
    }
  }

  private static long states(DataSource db, String state) throws SQLException {
    return scalar(db, "SELECT count(*) FROM notes2omop.work_item WHERE state = ?", state);
  }

  private static long attempts(DataSource db, String resource) throws SQLException {
    return scalar(
        db,
        "SELECT coalesce(max(attempts), 0) FROM notes2omop.work_item WHERE resource_id = ?",
        resource);
  }

  private static String lastError(DataSource db, String resource) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT last_error FROM notes2omop.work_item WHERE resource_id = ?")) {
      s.setString(1, resource);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private static long scalar(DataSource db, String sql, String arg) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, arg);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
