package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.trainer.train.TrainDataException;
import dev.notes2omop.trainer.train.TrainingData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionDataTest {

  private static final String SYNTH =
      "{\"id\":\"g-1\",\"text\":\"Fiebre.\",\"tokens\":[\"Fiebre\",\".\"],"
          + "\"tags\":[\"B-CONDITION\",\"O\"],\"entities\":[{\"start\":0,\"end\":6,"
          + "\"label\":\"CONDITION\",\"text\":\"Fiebre\",\"concept\":null,\"assertion\":"
          + "{\"negated\":false,\"certainty\":\"certain\",\"subject\":\"patient\","
          + "\"historical\":false,\"hypothetical\":false}}],\"meta\":{\"generator\":\"grammar-1\","
          + "\"template\":\"t\",\"family\":\"f\",\"kind\":\"positive\",\"validated_by\":[]}}";

  private static final String CORRECTION =
      SYNTH.replace("g-1", "review-1-0-6-boundary").replace("grammar-1", "steward-review");

  @TempDir Path dir;

  private Path dataSet() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve(TrainingData.TRAIN), SYNTH + "\n");
    Files.writeString(data.resolve(TrainingData.TEST), SYNTH.replace("g-1", "g-2") + "\n");
    Files.writeString(data.resolve(TrainingData.VALIDATION), SYNTH.replace("g-1", "g-3") + "\n");
    return data;
  }

  @Test
  void addsTheCorrectionsToTheTrainingSplitOnly() throws Exception {
    Path corrections = Files.writeString(dir.resolve("c.jsonl"), CORRECTION + "\n\n");

    int added = CorrectionData.merge(dataSet(), List.of(corrections), dir.resolve("merged"));

    assertThat(added).isEqualTo(1);
    TrainingData merged = TrainingData.read(dir.resolve("merged"));
    assertThat(merged.train())
        .extracting(r -> r.id())
        .containsExactly("g-1", "review-1-0-6-boundary");
    assertThat(merged.test()).extracting(r -> r.id()).containsExactly("g-2");
    assertThat(merged.validation()).extracting(r -> r.id()).containsExactly("g-3");
  }

  @Test
  void namesTheLineThatIsNotARecord() throws Exception {
    Path corrections = Files.writeString(dir.resolve("c.jsonl"), CORRECTION + "\n{\"id\":1}\n");

    assertThatThrownBy(
            () -> CorrectionData.merge(dataSet(), List.of(corrections), dir.resolve("merged")))
        .isInstanceOf(TrainDataException.class)
        .hasMessageContaining("c.jsonl:2");
  }
}
