package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.omop.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code tag} and {@code evaluate} with the dictionary tagger (known mentions, so known numbers)
 * and with the shipped model, over a two-concept vocabulary and a two-term site lexicon, on a real
 * database.
 */
class TagAndEvaluateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private StringWriter out;
  private StringWriter err;
  private String url;
  private Path lexicon;

  @BeforeEach
  void database() throws Exception {
    DataSource db = TestDatabase.freshDatabase();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO cdm.concept VALUES (320128, 'Essential hypertension', 'Condition',"
              + " 'SNOMED', 'Clinical Finding', 'S', '59621000', DATE '2002-01-31',"
              + " DATE '2099-12-31', NULL)");
      s.execute(
          "INSERT INTO cdm.concept VALUES (1125315, 'Acetaminophen', 'Drug', 'RxNorm',"
              + " 'Ingredient', 'S', '161', DATE '1970-01-01', DATE '2099-12-31', NULL)");
    }
    url = TestDatabase.jdbcUrl(db);
    lexicon = dir.resolve("site.tsv");
    Files.write(
        lexicon,
        List.of(
            "term\tlanguage\tvocabulary_id\tconcept_code\tdomain",
            "hipertensión arterial\tes\tSNOMED\t59621000\tCondition",
            "paracetamol\tes\tRxNorm\t161\tDrug"),
        StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--db-url",
            url,
            "--lexicon",
            lexicon.toString(),
            "--no-bundled-lexicon",
            "--data-dir",
            dir.resolve("data").toString()));
    return commandLine.execute(all.toArray(String[]::new));
  }

  @Test
  void tagsNotesWithCodePointOffsetsAssertionsAndConcepts() throws Exception {
    Path input = dir.resolve("notes.jsonl");
    Files.write(
        input,
        List.of(
            "{\"id\":\"n1\",\"text\":\"\uD83D\uDE42 Niega hipertensión arterial.\",\"site\":\"x\"}",
            "{\"id\":\"n2\",\"text\":\"Toma paracetamol.\"}",
            "{\"id\":\"n3\"}",
            "not json"),
        StandardCharsets.UTF_8);
    Path output = dir.resolve("tagged.jsonl");

    int code =
        run(
            "tag",
            "--input",
            input.toString(),
            "--output",
            output.toString(),
            "--mapper",
            "dictionary",
            "--tagger",
            "dictionary");

    assertThat(code).as(err.toString()).isEqualTo(2);
    assertThat(err.toString())
        .contains(input + ":3: \"text\" is missing or not a string (skipped)")
        .contains(input + ":4: not JSON")
        .contains("tagged 2 notes (2 mentions)")
        .contains("2 malformed lines skipped");
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("site").asText()).isEqualTo("x");
    JsonNode entity = first.get("entities").get(0);
    // the emoji is one code point: "hipertensión arterial" starts at code point 8, not 9
    assertThat(entity.get("start").asInt()).isEqualTo(8);
    assertThat(entity.get("end").asInt()).isEqualTo(29);
    assertThat(entity.get("label").asText()).isEqualTo("CONDITION");
    assertThat(entity.get("text").asText()).isEqualTo("hipertensión arterial");
    assertThat(entity.get("assertion").get("negated").asBoolean()).isTrue();
    assertThat(entity.get("concept_id").asInt()).isEqualTo(320128);
    JsonNode drug = JSON.readTree(lines.get(1)).get("entities").get(0);
    assertThat(drug.get("label").asText()).isEqualTo("DRUG");
    assertThat(drug.get("assertion").get("negated").asBoolean()).isFalse();
    assertThat(drug.get("concept_id").asInt()).isEqualTo(1125315);
  }

  @Test
  void tagsWithTheShippedModelByDefault() throws Exception {
    Path input = dir.resolve("notes.jsonl");
    String text =
        "Paciente con diabetes mellitus tipo 2 en tratamiento con metformina 850 mg cada 12"
            + " horas. Niega dolor torácico.";
    Files.write(
        input, List.of("{\"id\":\"n1\",\"text\":\"" + text + "\"}"), StandardCharsets.UTF_8);
    Path output = dir.resolve("tagged.jsonl");

    int code = run("tag", "--input", input.toString(), "--output", output.toString());

    assertThat(code).as(err.toString()).isZero();
    JsonNode entities = JSON.readTree(Files.readString(output)).get("entities");
    java.util.Map<String, JsonNode> byText = new java.util.HashMap<>();
    for (JsonNode e : entities) {
      int start = e.get("start").asInt();
      int end = e.get("end").asInt();
      assertThat(text.substring(start, end)).isEqualTo(e.get("text").asText());
      byText.put(e.get("text").asText(), e);
    }
    assertThat(byText).containsKeys("diabetes mellitus tipo 2", "metformina", "dolor torácico");
    assertThat(byText.get("diabetes mellitus tipo 2").get("label").asText()).isEqualTo("CONDITION");
    assertThat(byText.get("metformina").get("label").asText()).isEqualTo("DRUG");
    assertThat(byText.get("dolor torácico").get("assertion").get("negated").asBoolean()).isTrue();
  }

  @Test
  void evaluateComputesKnownNumbersOnAHandMadeCase() throws Exception {
    // a: both entities found exactly. b: gold span longer than the lexicon term (lenient only).
    // c: only an ignored gold label. d: a condition the lexicon lacks (FN) and an unannotated
    // drug (FP).
    //   CONDITION strict tp 1 fp 1 fn 2 (P .5 R .333 F1 .4); lenient tp 2 fp 0 fn 1 (1, .667,
    //   .8); records TP a,b FN d TN c: acc .75 P 1 R .667 F1 .8
    //   DRUG strict = lenient tp 1 fp 1 fn 0 (P .5 R 1 F1 .667); records TP a FP d TN b,c:
    //   acc .75 P .5 R 1 F1 .667
    Path data = dir.resolve("gold.jsonl");
    Files.write(
        data,
        List.of(
            record(
                "a",
                "\uD83D\uDE42 Paciente con hipertensión arterial y toma paracetamol.",
                entity(15, 36, "DIS", "hipertensión arterial"),
                entity(44, 55, "MED", "paracetamol")),
            record(
                "b",
                "Niega hipertensión arterial esencial grave.",
                entity(6, 42, "DIS", "hipertensión arterial esencial grave")),
            record("c", "Sin antecedentes de interés.", entity(4, 16, "OTHER", "antecedentes")),
            record(
                "d", "Dolor abdominal tras paracetamol.", entity(0, 15, "DIS", "Dolor abdominal"))),
        StandardCharsets.UTF_8);
    Path json = dir.resolve("out/report.json");

    int code =
        run(
            "evaluate",
            "--data",
            data.toString(),
            "--label-map",
            "DIS=CONDITION,MED=DRUG",
            "--json",
            json.toString(),
            "--tagger",
            "dictionary");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("4 records, label map DIS=CONDITION,MED=DRUG (ignored: 1 gold entities, 0")
        .containsPattern(
            "CONDITION\\s+3\\s+2 \\|\\s+0.500\\s+0.333\\s+0.400 \\|\\s+1.000\\s+0.667\\s+0.800"
                + " \\|\\s+0.750\\s+1.000\\s+0.667\\s+0.800")
        .containsPattern(
            "DRUG\\s+1\\s+2 \\|\\s+0.500\\s+1.000\\s+0.667 \\|\\s+0.500\\s+1.000\\s+0.667"
                + " \\|\\s+0.750\\s+0.500\\s+1.000\\s+0.667");
    JsonNode report = JSON.readTree(json.toFile());
    assertThat(report.get("records").asInt()).isEqualTo(4);
    assertThat(report.get("overall").get("strict").get("f1").asDouble()).isEqualTo(0.5);
    assertThat(report.get("overall").get("lenient").get("f1").asDouble()).isEqualTo(0.75);
    assertThat(report.get("labels").get("DRUG").get("records").get("fp").asInt()).isEqualTo(1);
  }

  @Test
  void evaluateNamesMalformedLinesAndRejectsAMissingModelPackage() throws Exception {
    Path data = dir.resolve("bad.jsonl");
    Files.write(
        data,
        List.of(record("a", "fiebre", entity(0, 7, "DIS", "fiebre"))),
        StandardCharsets.UTF_8);

    assertThat(
            run(
                "evaluate",
                "--data",
                data.toString(),
                "--label-map",
                "DIS=CONDITION",
                "--tagger",
                "dictionary"))
        .isEqualTo(1);
    assertThat(err.toString()).contains(data + ":1: record a: entity 0-7 is not a span");

    assertThat(
            run(
                "evaluate",
                "--data",
                data.toString(),
                "--label-map",
                "DIS=CONDITION",
                "--tagger",
                "model",
                "--model",
                dir.resolve("no-such-model").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no-such-model: not a model package (no model.json)");

    Path other = Files.createDirectories(dir.resolve("other-model"));
    Files.writeString(other.resolve("model.json"), "{\"format\": 7, \"architecture\": \"crf\"}");
    Path good = dir.resolve("good.jsonl");
    Files.write(
        good,
        List.of(record("a", "fiebre", entity(0, 6, "DIS", "fiebre"))),
        StandardCharsets.UTF_8);
    assertThat(
            run(
                "evaluate",
                "--data",
                good.toString(),
                "--label-map",
                "DIS=CONDITION",
                "--model",
                other.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("model package " + other);

    assertThat(run("evaluate", "--data", data.toString(), "--label-map", "DIS")).isEqualTo(2);
    assertThat(err.toString()).contains("--label-map: label map entry 'DIS' is not GOLD=OURS");
  }

  private static String record(String id, String text, String... entities) {
    return "{\"id\":\""
        + id
        + "\",\"text\":\""
        + text
        + "\",\"entities\":["
        + String.join(",", entities)
        + "]}";
  }

  private static String entity(int start, int end, String label, String text) {
    return "{\"start\":"
        + start
        + ",\"end\":"
        + end
        + ",\"label\":\""
        + label
        + "\",\"text\":\""
        + text
        + "\",\"code\":null}";
  }
}
