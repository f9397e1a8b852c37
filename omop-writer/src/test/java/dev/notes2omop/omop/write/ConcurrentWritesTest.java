package dev.notes2omop.omop.write;

import static dev.notes2omop.omop.write.Fixtures.annotated;
import static dev.notes2omop.omop.write.Fixtures.condition;
import static dev.notes2omop.omop.write.Fixtures.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.note.Gender;
import dev.notes2omop.core.note.PersonRecord;
import dev.notes2omop.core.pipeline.WriteResult;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.omop.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ConcurrentWritesTest {

  private static final String TEXT = "Antecedentes: diabetes mellitus tipo 2. Sin otros hallazgos.";

  @Test
  void concurrentWritersOfTheSameAndOfDifferentNotesLeaveNoDuplicates() throws Exception {
    DataSource unpooled = TestDatabase.freshDatabase();
    Fixtures.loadVocabulary(unpooled);
    HikariConfig config = new HikariConfig();
    config.setDataSource(unpooled);
    config.setMaximumPoolSize(6);
    try (HikariDataSource db = new HikariDataSource(config)) {
      new PersonWriter(db, SchemaNames.defaults())
          .upsert(new PersonRecord("Patient/7", Gender.FEMALE, 1960, null, null, null));
      OmopNoteWriter writer = new OmopNoteWriter(db, SchemaNames.defaults());
      List<Callable<WriteResult>> tasks = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        String resource = "DocumentReference/" + (i % 3 == 0 ? "same" : "n" + i);
        tasks.add(
            () ->
                writer.write(
                    annotated(
                        Fixtures.note(resource, "1", "Patient/7", TEXT),
                        condition(TEXT, "diabetes mellitus tipo 2", Assertion.AFFIRMED))));
      }
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        for (Future<WriteResult> future : pool.invokeAll(tasks)) {
          assertThat(future.get()).isInstanceOf(WriteResult.Written.class);
        }
      } finally {
        pool.shutdown();
      }
      int distinctNotes = 1 + 16;
      assertThat(count(db, "cdm.note")).isEqualTo(distinctNotes);
      assertThat(count(db, "cdm.note_nlp")).isEqualTo(distinctNotes);
      assertThat(count(db, "cdm.condition_occurrence")).isEqualTo(distinctNotes);
      assertThat(count(db, "notes2omop.derived_row")).isEqualTo(distinctNotes);
      assertThat(count(db, "notes2omop.processed_note")).isEqualTo(distinctNotes);
    }
  }
}
