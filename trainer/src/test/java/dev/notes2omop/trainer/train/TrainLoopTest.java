package dev.notes2omop.trainer.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.tagger.model.LabelSet;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.trainer.synth.grammar.GrammarTutor;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of the error-pattern loop: two iterations, records added between them. */
class TrainLoopTest {

  private static final LabelSet LABELS = LabelSet.standard();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void twoIterationsAddRecordsAboutTheErrorsAndReportEach(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    TrainRunnerTest.writeSplits(data, 120, 30, 40);
    Path out = dir.resolve("model");
    List<Integer> started = new ArrayList<>();
    List<TrainingReport.Iteration> done = new ArrayList<>();
    TrainProgress progress =
        new TrainProgress() {
          @Override
          public void iterationStarted(int iteration, int iterations, int records, int added) {
            started.add(added);
          }

          @Override
          public void iterationDone(TrainingReport.Iteration iteration) {
            done.add(iteration);
          }
        };
    TrainRunner runner =
        new TrainRunner(
            TinyConfig.of(3, 7L),
            LABELS,
            TrainRunner.gazetteerTerms(Lexicon.bundledSpanish(), LABELS));
    TrainRunner.Result result =
        runner.run(
            "tiny-loop",
            data,
            out,
            LoopSettings.of(2, new GrammarTutor()).withPatterns(10),
            progress);

    TrainingReport report = result.report();
    assertThat(report.iterations()).hasSize(2);
    TrainingReport.Iteration first = report.iterations().get(0);
    assertThat(first.trainRecords()).isEqualTo(120);
    assertThat(first.patternsFound()).isPositive();
    assertThat(first.patterns()).hasSizeBetween(1, 10);
    assertThat(first.patterns().get(0).count())
        .isGreaterThanOrEqualTo(first.patterns().get(first.patterns().size() - 1).count());
    assertThat(first.generated()).isEqualTo(3 * first.patterns().size());
    assertThat(first.recordsAdded()).isPositive().isLessThanOrEqualTo(first.generated());
    TrainingReport.Iteration second = report.iterations().get(1);
    assertThat(second.trainRecords()).isEqualTo(120 + first.recordsAdded());
    assertThat(second.recordsAdded()).as("the last iteration adds nothing").isZero();
    assertThat(started).containsExactly(0, first.recordsAdded());
    assertThat(done).isEqualTo(report.iterations());

    // the written model is the best iteration's, with its validation figures
    TrainingReport.Iteration best = report.iterations().get(report.bestIteration() - 1);
    assertThat(best.improved()).isTrue();
    assertThat(result.validation().overall().f1()).isEqualTo(best.validationSpanF1());
    assertThat(report.trainRecords()).isEqualTo(best.trainRecords());
    try (ModelPackage loaded = ModelPackage.load(out)) {
      assertThat(loaded.manifest().metrics().get("validation_span_f1"))
          .isEqualTo(best.validationSpanF1());
      assertThat(loaded.manifest().metrics().get("validation_span_f1.DRUG"))
          .isEqualTo(best.validation().get("validation_span_f1.DRUG"));
    }
    JsonNode written = JSON.readTree(out.resolve(TrainRunner.REPORT).toFile());
    assertThat(written.get("iterations")).hasSize(2);
    assertThat(written.get("iterations").get(0).get("recordsAdded").asInt())
        .isEqualTo(first.recordsAdded());
    assertThat(written.get("iterations").get(0).get("patterns").get(0).get("kind").asText())
        .isNotBlank();
  }
}
