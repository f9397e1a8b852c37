package dev.notes2omop.trainer.synth.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.trainer.data.RecordCodec;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.split.SplitName;
import dev.notes2omop.trainer.synth.split.SurfaceForms;
import dev.notes2omop.trainer.synth.validate.RuleValidator;
import dev.notes2omop.trainer.synth.validate.ValidationChain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthRunnerTest {

  private static SynthReport run(FakeTutor tutor, int records, long seed, Path dir)
      throws IOException {
    return run(tutor, SynthSettings.of(records, seed), dir, SynthProgress.NONE);
  }

  private static SynthReport run(
      FakeTutor tutor, SynthSettings settings, Path dir, SynthProgress progress)
      throws IOException {
    ValidationChain chain = new ValidationChain(List.of(new RuleValidator()));
    return new SynthRunner(tutor, chain, settings, progress, null).run(dir);
  }

  private static List<SynthRecord> read(Path file) throws IOException {
    List<SynthRecord> records = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      records.add(RecordCodec.fromJson(line));
    }
    return records;
  }

  @Test
  void writesTheThreeSplitsAndTheReportHoldingTheRecordsWanted(@TempDir Path dir)
      throws IOException {
    List<Long> rounds = new ArrayList<>();

    SynthReport report =
        run(
            new FakeTutor(0.05, Integer.MAX_VALUE),
            SynthSettings.of(1_000, 5),
            dir,
            (round, generated, accepted, kept, wanted) -> rounds.add(kept));

    List<SynthRecord> train = read(dir.resolve("train.jsonl"));
    List<SynthRecord> test = read(dir.resolve("test.jsonl"));
    List<SynthRecord> validation = read(dir.resolve("validation.jsonl"));
    assertThat(train).hasSize(800);
    assertThat(test).hasSize(100);
    assertThat(validation).hasSize(100);
    assertThat(train).allMatch(r -> r.meta().validatedBy().equals(List.of("rules-1")));
    assertThat(train).extracting(SynthRecord::id).isSorted();
    assertThat(report.records()).isEqualTo(1_000);
    assertThat(report.splits().get(SplitName.TRAIN).records()).isEqualTo(800);
    assertThat(report.validation().reasons()).containsKey("kind-mismatch");
    assertThat(report.warnings()).noneMatch(w -> w.startsWith("only"));
    assertThat(rounds).isNotEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "train.jsonl", "test.jsonl", "validation.jsonl", "report.json", "report.md");
    }
    JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(json.path("records").asInt()).isEqualTo(1_000);
    assertThat(json.path("splits").path("validation").path("records").asInt()).isEqualTo(100);
    assertThat(json.path("validation").path("rejections").path("kind-mismatch").asLong())
        .isPositive();
    assertThat(json.path("cost").isNull()).isTrue();
    assertThat(Files.readString(dir.resolve("report.md")))
        .contains("| records | 1,000 | 800 | 100 | 100 |", "kind-mismatch");
  }

  @Test
  void generatesMoreRoundsToMakeUpForRejectionsAndHeldOutRecords(@TempDir Path dir)
      throws IOException {
    FakeTutor tutor = new FakeTutor(0.4, Integer.MAX_VALUE);

    SynthReport report = run(tutor, 2_000, 5, dir);

    assertThat(tutor.calls).isGreaterThan(1);
    assertThat(report.generation().rounds()).isEqualTo(tutor.calls);
    assertThat(report.generation().generated()).isGreaterThan(3_000L);
    assertThat(report.records()).isEqualTo(2_000);
  }

  @Test
  void keepsTextsAndFamiliesApartAndSurfaceFormsUnseen(@TempDir Path dir) throws IOException {
    SynthReport report = run(new FakeTutor(0, Integer.MAX_VALUE), 3_000, 8, dir);

    Set<String> texts = new HashSet<>();
    Set<String> trainFamilies = new HashSet<>();
    for (SplitName split : SplitName.values()) {
      for (SynthRecord r : read(dir.resolve(split.fileStem() + ".jsonl"))) {
        assertThat(texts.add(SurfaceForms.textKey(r))).isTrue();
        if (split == SplitName.TRAIN) {
          trainFamilies.add(r.meta().family());
        } else {
          assertThat(trainFamilies).doesNotContain(r.meta().family());
        }
      }
    }
    assertThat(report.splits().get(SplitName.VALIDATION).unseenInTrainShare())
        .isGreaterThanOrEqualTo(0.2);
  }

  @Test
  void givesByteIdenticalRecordFilesForTheSameSeed(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("a");
    Path second = dir.resolve("b");
    run(new FakeTutor(0.1, Integer.MAX_VALUE), 1_500, 21, first);
    run(new FakeTutor(0.1, Integer.MAX_VALUE), 1_500, 21, second);

    for (String file : List.of("train.jsonl", "test.jsonl", "validation.jsonl")) {
      assertThat(Files.readAllBytes(second.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  @Test
  void stopsAndWarnsWhenTheTutorRunsOutOfNewTexts(@TempDir Path dir) throws IOException {
    FakeTutor tutor = new FakeTutor(0, 300);

    SynthReport report = run(tutor, 2_000, 5, dir);

    assertThat(report.records()).isLessThanOrEqualTo(300);
    assertThat(report.warnings()).anyMatch(w -> w.startsWith("only "));
    assertThat(report.validation().reasons().get("duplicate")).isGreaterThan(1_000L);
    assertThat(tutor.calls).isLessThan(SynthSettings.of(2_000, 5).maxRounds());
  }
}
