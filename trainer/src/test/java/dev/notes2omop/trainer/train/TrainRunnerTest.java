package dev.notes2omop.trainer.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.model.LabelSet;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.tagger.neural.TaggerConfig;
import dev.notes2omop.tagger.neural.TaggerPredictor;
import dev.notes2omop.trainer.data.RecordCodec;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.eval.SpanCounts;
import dev.notes2omop.trainer.model.ModelTrainer;
import dev.notes2omop.trainer.synth.GenerationRequest;
import dev.notes2omop.trainer.synth.grammar.GrammarTutor;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains one tiny package from a grammar-tutor data set on disk and checks what it wrote. */
class TrainRunnerTest {

  private static final LabelSet LABELS = LabelSet.standard();
  static final TaggerConfig TINY = TinyConfig.of(8, 7L);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path root;

  private static Path data;
  private static Path out;
  private static TrainRunner.Result result;
  private static final List<ModelTrainer.EpochReport> EPOCHS = new ArrayList<>();

  @BeforeAll
  static void train() throws IOException {
    data = root.resolve("data");
    writeSplits(data, 300, 60, 60);
    out = root.resolve("model");
    result = runner().run("tiny-train", data, out, EPOCHS::add);
  }

  private static TrainRunner runner() {
    return new TrainRunner(
        TINY, LABELS, TrainRunner.gazetteerTerms(Lexicon.bundledSpanish(), LABELS));
  }

  static void writeSplits(Path dir, int train, int test, int validation) throws IOException {
    Files.createDirectories(dir);
    write(
        dir.resolve(TrainingData.TRAIN),
        new GrammarTutor().generate(GenerationRequest.of(train, 1)));
    write(
        dir.resolve(TrainingData.TEST), new GrammarTutor().generate(GenerationRequest.of(test, 2)));
    write(
        dir.resolve(TrainingData.VALIDATION),
        new GrammarTutor().generate(GenerationRequest.of(validation, 3)));
  }

  private static void write(Path file, List<SynthRecord> records) throws IOException {
    List<String> lines = records.stream().map(RecordCodec::toJson).toList();
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  @Test
  void writesAPackageThatLoadsWithTheValidationMetricsInModelJson() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("model.json", "tagger-0000.params", "gazetteer.tsv", TrainRunner.REPORT);
    }
    try (Stream<Path> siblings = Files.list(root)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .as("no temporary directory is left")
          .containsExactlyInAnyOrder("data", "model");
    }
    try (ModelPackage loaded = ModelPackage.load(out)) {
      var metrics = loaded.manifest().metrics();
      ValidationScores v = result.validation();
      assertThat(metrics.get("validation_span_f1")).isEqualTo(v.overall().f1());
      assertThat(metrics.get("validation_records")).isEqualTo(60.0);
      for (EntityLabel label : LABELS.labels()) {
        assertThat(metrics).containsKey("validation_span_f1." + label.name());
      }
      assertThat(metrics.get("heldout_span_f1")).as("early stopping F1 kept").isNotNull();
      assertThat(loaded.manifest()).isEqualTo(result.manifest());
      // the metrics are the loaded model's own scores on the validation split, not made up
      try (TaggerPredictor predictor = loaded.newPredictor()) {
        ValidationScores again =
            ValidationScores.of(predictor, TrainingData.read(data).validation(), LABELS.labels());
        assertThat(again).isEqualTo(v);
      }
    }
    assertThat(result.validation().overall().truePositives()).isPositive();
    assertThat(result.validation().overall().f1()).isGreaterThan(0.2);
  }

  @Test
  void perLabelCountsAddUpToTheOverallCounts() {
    SpanCounts sum = SpanCounts.ZERO;
    for (SpanCounts s : result.validation().byLabel().values()) {
      sum = sum.plus(s);
    }
    assertThat(sum).isEqualTo(result.validation().overall());
    assertThat(result.validation().byLabel().keySet()).containsExactlyElementsOf(LABELS.labels());
  }

  @Test
  void writesATrainingReportWithOneLinePerEpoch() throws IOException {
    JsonNode report = JSON.readTree(out.resolve(TrainRunner.REPORT).toFile());
    assertThat(report.get("epochsRun").asInt()).isEqualTo(EPOCHS.size()).isPositive();
    assertThat(report.get("epochs")).hasSize(EPOCHS.size());
    assertThat(report.get("trainRecords").asInt()).isEqualTo(300);
    assertThat(report.get("testRecords").asInt()).isEqualTo(60);
    assertThat(report.get("epochs").get(0).get("meanLoss").asDouble())
        .isEqualTo(EPOCHS.get(0).meanLoss());
    assertThat(report.get("tokensPerSecond").asDouble()).isPositive();
    assertThat(report.get("trainingSeconds").asDouble()).isPositive();
    assertThat(report.get("validation").get("validation_span_f1").asDouble())
        .isEqualTo(result.validation().overall().f1());
  }

  @Test
  void retrainingReplacesAnOlderPackage(@TempDir Path dir) throws IOException {
    Path small = dir.resolve("data");
    writeSplits(small, 30, 10, 10);
    Path model = dir.resolve("model");
    Files.createDirectories(model);
    TaggerConfig oneEpoch = TINY.withEpochs(1);
    List<DictionaryTerm> terms = List.of();
    new TrainRunner(oneEpoch, LABELS, terms).run("first", small, model, e -> {});
    Files.writeString(model.resolve("stale.txt"), "from the first run");
    TrainRunner.Result second =
        new TrainRunner(TrainRunner.withSeed(oneEpoch, 9), LABELS, terms)
            .run("second", small, model, e -> {});
    assertThat(second.manifest().seed()).isEqualTo(9);
    assertThat(model.resolve("stale.txt")).doesNotExist();
    try (ModelPackage loaded = ModelPackage.load(model)) {
      assertThat(loaded.manifest().id()).isEqualTo("second");
    }
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("data", "model");
    }
  }

  @Test
  void refusesToOverwriteADirectoryThatIsNotAPackage(@TempDir Path dir) throws IOException {
    Path notes = dir.resolve("notes");
    Files.createDirectories(notes);
    Files.writeString(notes.resolve("keep.txt"), "mine");
    assertThatThrownBy(() -> runner().run("x", data, notes, e -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not empty");
    assertThat(notes.resolve("keep.txt")).hasContent("mine");
  }

  @Test
  void aMissingSplitIsNamed(@TempDir Path dir) throws IOException {
    writeSplits(dir, 3, 1, 1);
    Files.delete(dir.resolve(TrainingData.TEST));
    assertThatThrownBy(() -> TrainingData.read(dir))
        .isInstanceOf(TrainDataException.class)
        .hasMessageContaining("test.jsonl");
    assertThatThrownBy(() -> TrainingData.read(dir.resolve("absent")))
        .isInstanceOf(TrainDataException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void aMalformedLineIsNamedAsFileAndLine(@TempDir Path dir) throws IOException {
    writeSplits(dir, 3, 1, 1);
    Path validation = dir.resolve(TrainingData.VALIDATION);
    Files.writeString(
        validation,
        "\n{\"id\": \"broken\"\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> TrainingData.read(dir))
        .isInstanceOf(TrainDataException.class)
        .hasMessageStartingWith(validation + ":3: ");
  }

  @Test
  void anEmptyTrainingSplitIsRefused(@TempDir Path dir) throws IOException {
    writeSplits(dir, 3, 1, 1);
    Files.writeString(dir.resolve(TrainingData.TRAIN), "");
    assertThatThrownBy(() -> TrainingData.read(dir))
        .isInstanceOf(TrainDataException.class)
        .hasMessageContaining("no records");
  }
}
