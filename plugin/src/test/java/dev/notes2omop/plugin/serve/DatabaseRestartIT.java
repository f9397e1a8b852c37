package dev.notes2omop.plugin.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.notes2omop.omop.db.DataSources;
import dev.notes2omop.omop.db.EmbeddedDatabase;
import dev.notes2omop.omop.schema.SchemaMigrator;
import dev.notes2omop.omop.schema.SchemaNames;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database stopped and started again while deliveries arrive: deliveries the receiver could not
 * store are answered 503 and sent again by the sender; every accepted note is written exactly once.
 */
class DatabaseRestartIT {

  private static final int NOTES = 40;

  @Test
  void losesNothingWhenTheDatabaseRestarts(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("pg");
    EmbeddedDatabase database = EmbeddedDatabase.start(data, 0, false);
    int port = database.port();
    String url = database.jdbcUrl();
    SchemaMigrator.migrate(database.dataSource(), SchemaNames.defaults());
    List<String> accepted = new CopyOnWriteArrayList<>();
    AtomicInteger unavailable = new AtomicInteger();
    try (HikariDataSource pool = DataSources.fromUrl(url, null, null, 8);
        ServeFixture serve = new ServeFixture(pool, tmp, ServeFixture.settings())) {
      assertThat(serve.put("/fhir/Patient/p1", ServeFixture.patient("p1")).statusCode())
          .isEqualTo(200);
      Thread sender =
          new Thread(
              () -> {
                for (int i = 0; i < NOTES; i++) {
                  String id = "n" + i;
                  String note = ServeFixture.note(id, "1", "p1", "Nota numero " + i + ".");
                  while (true) {
                    try {
                      HttpResponse<String> response =
                          serve.put("/fhir/DocumentReference/" + id, note);
                      if (response.statusCode() == 200) {
                        accepted.add("DocumentReference/" + id);
                        break;
                      }
                      assertThat(response.statusCode()).isEqualTo(503);
                      unavailable.incrementAndGet();
                      Thread.sleep(200);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  }
                  sleepQuietly(25);
                }
              });
      sender.start();
      while (accepted.size() < NOTES / 4 && sender.isAlive()) {
        Thread.sleep(10);
      }
      database.close();
      Thread.sleep(1_500);
      database = EmbeddedDatabase.start(data, port, false);
      sender.join(180_000);
      assertThat(sender.isAlive()).isFalse();
      serve.awaitIdle();

      assertThat(accepted).hasSize(NOTES);
      for (String resourceId : accepted) {
        assertThat(serve.notesFor(resourceId)).as(resourceId).isOne();
      }
      assertThat(serve.noteCount()).isEqualTo(NOTES);
      System.out.println(
          "DatabaseRestartIT: " + unavailable.get() + " deliveries answered 503 while it was down");
    } finally {
      database.close();
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
