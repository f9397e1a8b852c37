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
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --tagger model --model DIR} with a package of a model trained elsewhere: the TorchScript
 * fixture package of the tagger module's tests ({@code
 * tagger/src/test/resources/torchscript/fixture}, a lookup-table module and a WordPiece tokenizer),
 * on a real database.
 */
class ExternalModelCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURE =
      Path.of("..", "tagger", "src", "test", "resources", "torchscript", "fixture");

  @TempDir Path dir;

  private StringWriter out;
  private StringWriter err;
  private String url;

  private Path lexicon;

  @BeforeEach
  void database() throws Exception {
    assertThat(FIXTURE.resolve("model.json")).as("run from the plugin module").isRegularFile();
    DataSource db = TestDatabase.freshDatabase();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO cdm.concept VALUES (1503297, 'metformin', 'Drug', 'RxNorm',"
              + " 'Ingredient', 'S', '6809', DATE '1970-01-01', DATE '2099-12-31', NULL)");
    }
    url = TestDatabase.jdbcUrl(db);
    lexicon = dir.resolve("site.tsv");
    Files.write(
        lexicon,
        List.of(
            "term\tlanguage\tvocabulary_id\tconcept_code\tdomain",
            "metformina\tes\tRxNorm\t6809\tDrug"),
        StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of(args));
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
  void tagsWithATorchScriptPackage() throws Exception {
    Path input = dir.resolve("notes.jsonl");
    Files.write(
        input,
        List.of(
            "{\"id\":\"n1\",\"text\":\"Niega diabetes mellitus. Toma metformina.\"}",
            "{\"id\":\"n2\",\"text\":\"Se pauta insulina glargina.\"}"),
        StandardCharsets.UTF_8);
    Path output = dir.resolve("tagged.jsonl");

    int code =
        run(
            "tag",
            "--input",
            input.toString(),
            "--output",
            output.toString(),
            "--tagger",
            "model",
            "--model",
            FIXTURE.toString(),
            "--mapper",
            "dictionary");

    assertThat(code).as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    JsonNode first = JSON.readTree(lines.get(0)).get("entities");
    assertThat(first).hasSize(2);
    assertThat(first.get(0).get("start").asInt()).isEqualTo(6);
    assertThat(first.get(0).get("end").asInt()).isEqualTo(23);
    assertThat(first.get(0).get("label").asText()).isEqualTo("CONDITION");
    assertThat(first.get(0).get("assertion").get("negated").asBoolean()).isTrue();
    assertThat(first.get(1).get("text").asText()).isEqualTo("metformina");
    assertThat(first.get(1).get("label").asText()).isEqualTo("DRUG");
    assertThat(first.get(1).get("concept_id").asInt()).isEqualTo(1503297);
    JsonNode second = JSON.readTree(lines.get(1)).get("entities");
    assertThat(second).hasSize(1);
    assertThat(second.get(0).get("text").asText()).isEqualTo("insulina glargina");
  }
}
