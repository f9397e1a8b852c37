package dev.notes2omop.trainer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalDataReaderTest {

  @TempDir Path dir;

  @Test
  void convertsCodePointOffsetsAfterAnEmojiToJavaOffsets() {
    // "🙂 fiebre": the emoji is one code point but two Java chars; "fiebre" is code points 2-8.
    String line =
        "{\"id\":\"e\",\"text\":\"\uD83D\uDE42 fiebre\",\"entities\":[{\"start\":2,\"end\":8,"
            + "\"label\":\"DIS\",\"text\":\"fiebre\",\"code\":null}]}";

    EvalRecord record = EvalDataReader.parse(line);

    Span span = record.entities().get(0);
    assertThat(span).isEqualTo(new Span(3, 9, "DIS"));
    assertThat(record.text().substring(span.start(), span.end())).isEqualTo("fiebre");
    assertThat(CodePoints.fromUtf16(record.text(), span.start())).isEqualTo(2);
  }

  @Test
  void rejectsAnEntityWhoseTextDoesNotMatchItsOffsets() {
    // UTF-16 offsets given by mistake: code points 3-9 are "iebre ", one to the right.
    String line =
        "{\"id\":\"e\",\"text\":\"\uD83D\uDE42 fiebre alta\",\"entities\":[{\"start\":3,\"end\":9,"
            + "\"label\":\"DIS\",\"text\":\"fiebre\"}]}";

    assertThatThrownBy(() -> EvalDataReader.parse(line))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "record e: entity 3-9 says \"fiebre\" but the text there is \"iebre \"");
  }

  @Test
  void namesEveryMalformedLineWithItsFileAndNumber() throws Exception {
    Path file = dir.resolve("data.jsonl");
    Files.write(
        file,
        List.of(
            "{\"id\":\"a\",\"text\":\"dolor\",\"entities\":[]}",
            "",
            "{not json",
            "{\"id\":\"b\",\"text\":\"dolor\",\"entities\":[{\"start\":0,\"end\":9,\"label\":\"X\"}]}"),
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> EvalDataReader.read(file))
        .isInstanceOf(EvalDataException.class)
        .hasMessageContaining("2 malformed lines")
        .hasMessageContaining(file + ":3: not JSON")
        .hasMessageContaining(file + ":4: record b: entity 0-9 is not a span of a text of 5");
  }

  @Test
  void readsAWellFormedFile() throws Exception {
    Path file = dir.resolve("ok.jsonl");
    Files.write(
        file,
        List.of(
            "{\"id\":\"a\",\"text\":\"niega disnea\",\"entities\":[{\"start\":6,\"end\":12,"
                + "\"label\":\"DIS\",\"text\":\"disnea\",\"code\":\"x\"}]}"),
        StandardCharsets.UTF_8);

    assertThat(EvalDataReader.read(file))
        .containsExactly(new EvalRecord("a", "niega disnea", List.of(new Span(6, 12, "DIS"))));
  }
}
