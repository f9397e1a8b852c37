package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.trainer.data.RecordCodec;
import dev.notes2omop.trainer.synth.GenerationRequest;
import dev.notes2omop.trainer.synth.grammar.GrammarTutor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code notes2omop train}: its errors, and one short run on a tiny grammar data set. */
class TrainCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run train(String... args) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(stdout));
    commandLine.setErr(new PrintWriter(stderr));
    String[] all = new String[args.length + 1];
    all[0] = "train";
    System.arraycopy(args, 0, all, 1, args.length);
    int exit = commandLine.execute(all);
    return new Run(exit, stdout.toString(), stderr.toString());
  }

  @Test
  void aMissingDataDirectoryIsAUsageErrorThatSaysWhatToDo(@TempDir Path dir) {
    Path absent = dir.resolve("no-such-data");
    Run run = train("--data", absent.toString(), "--out", dir.resolve("model").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(absent + " is not a directory").contains("notes2omop synth");
    assertThat(dir.resolve("model")).doesNotExist();
  }

  @Test
  void theHelpNamesTheLoopOptions() {
    Run help = train("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains("--iterations")
        .contains("--patterns")
        .contains("--tutor")
        .contains("<out>/data");
    Run bad = train("--out", "/tmp/unused-model", "--iterations", "0");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--iterations must be at least 1, was 0");
  }

  @Test
  void withoutDataGeneratesSynthsDataSetIntoOutDataAndRunsTheLoop(@TempDir Path dir)
      throws IOException {
    Path model = dir.resolve("model");
    Run run =
        train(
            "--out",
            model.toString(),
            "--records",
            "120",
            "--epochs",
            "1",
            "--iterations",
            "2",
            "--patterns",
            "5");
    assertThat(run.exit()).as(run.err()).isZero();
    for (String split : List.of("train.jsonl", "test.jsonl", "validation.jsonl")) {
      assertThat(model.resolve("data").resolve(split)).isNotEmptyFile();
    }
    // the same records as synth --records 120 (seed 1)
    Path synthOut = dir.resolve("synth");
    int synthExit =
        Main.commandLine().execute("synth", "--records", "120", "--out", synthOut.toString());
    assertThat(synthExit).isZero();
    assertThat(Files.readAllLines(model.resolve("data").resolve("train.jsonl")))
        .isEqualTo(Files.readAllLines(synthOut.resolve("train.jsonl")));
    assertThat(run.err())
        .contains("== iteration 1/2: training on ")
        .contains("== iteration 2/2: training on ");
    assertThat(run.out()).contains("Iteration 1: validation span F1").contains("added");
    JsonNode report = new ObjectMapper().readTree(model.resolve("training-report.json").toFile());
    assertThat(report.get("iterations")).hasSize(2);
    assertThat(report.get("iterations").get(0).get("recordsAdded").asInt()).isPositive();
    try (ModelPackage loaded = ModelPackage.load(model)) {
      assertThat(loaded.manifest().metrics()).containsKey("validation_span_f1.CONDITION");
    }

    // a second run replaces the package and keeps the data set
    Run again =
        train(
            "--data",
            model.resolve("data").toString(),
            "--out",
            model.toString(),
            "--epochs",
            "1",
            "--iterations",
            "1");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(model.resolve("data").resolve("train.jsonl")).isNotEmptyFile();
    assertThat(model.resolve("model.json")).exists();
  }

  @Test
  void aMissingSplitFileIsNamed(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("train.jsonl"), "");
    Run run = train("--data", data.toString(), "--out", dir.resolve("model").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("has no test.jsonl");
  }

  @Test
  void trainsAPackageAndReportsEachEpoch(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    write(data.resolve("train.jsonl"), 60, 1);
    write(data.resolve("test.jsonl"), 10, 2);
    write(data.resolve("validation.jsonl"), 10, 3);
    Path model = dir.resolve("model");
    Run run =
        train(
            "--data",
            data.toString(),
            "--out",
            model.toString(),
            "--epochs",
            "2",
            "--seed",
            "5",
            "--iterations",
            "1");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("== iteration 1/1: training on 60 records")
        .contains("epoch 1/2: loss ")
        .contains("test span F1");
    assertThat(run.out()).contains("overall").contains("DRUG").contains(model.toString());
    try (ModelPackage loaded = ModelPackage.load(model)) {
      assertThat(loaded.manifest().seed()).isEqualTo(5);
      assertThat(loaded.manifest().id()).isEqualTo("notes2omop-es-bilstm-model");
      assertThat(loaded.manifest().metrics()).containsKey("validation_span_f1");
    }
    assertThat(model.resolve("training-report.json")).exists();
  }

  private static void write(Path file, int records, long seed) throws IOException {
    List<String> lines =
        new GrammarTutor()
            .generate(GenerationRequest.of(records, seed)).stream()
                .map(RecordCodec::toJson)
                .toList();
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
