package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vocab lexicon check} against the Eunomia samples in an embedded PostgreSQL. */
class VocabLexiconCommandIT {

  @TempDir static Path dataDir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 6];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(
        new String[] {"--data-dir", dataDir.toString(), "--embedded-port", "0", "--db-url", ""},
        0,
        all,
        args.length,
        6);
    return commandLine.execute(all);
  }

  private static Path samples() {
    String shared = System.getProperty("notes2omop.shared.dir", "../../shared");
    return Path.of(shared, "data", "omop-vocab-sample");
  }

  @BeforeAll
  static void loadSamples() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        run(
            out,
            err,
            "vocab",
            "load",
            "--athena",
            samples().resolve("gibleed").toString(),
            "--athena",
            samples().resolve("synthea27nj").toString());
    assertThat(exit).as(err.toString()).isZero();
  }

  @Test
  void bundledLexiconChecksCleanOnTheSamples() {
    int exit = run(out, err, "vocab", "lexicon", "check");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("Lexicon: ")
        .contains("(bundled es.tsv + es-icdo3.tsv)")
        .contains("Problems: 0 errors,")
        .contains("Lexicon OK");
  }

  @Test
  void siteLexiconWithErrorsExitsOneNamingFileAndLine() throws IOException {
    Path file = dataDir.resolve("site.tsv");
    Files.writeString(
        file,
        "term\tlanguage\tvocabulary_id\tconcept_code\tdomain\tnote\n"
            + "tensión arterial alta\tes\tSNOMED\t59621000\tCondition\t\n"
            + "hemoglobina\tes\tLOINC\n"
            + "tension arterial alta\tes\tSNOMED\t59621000\tCondition\t\n"
            + "TENSIÓN ARTERIAL ALTA\tes\tSNOMED\t44054006\tCondition\t\n"
            + "enfermedad inventada\tes\tSNOMED\t999999999\tCondition\t\n",
        StandardCharsets.UTF_8);

    int exit = run(out, err, "vocab", "lexicon", "check", file.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString())
        .contains("Lexicon: 4 entries (" + file + "), 1 lines skipped as malformed")
        .contains("Problems: 3 errors, 1 warnings")
        .contains("ERROR   " + file + ":3: expected 4 to 6 tab-separated columns, found 3")
        .contains("ERROR   " + file + ":5: 'TENSIÓN ARTERIAL ALTA' -> SNOMED/44054006 conflicts")
        .contains(
            "ERROR   "
                + file
                + ":6: 'enfermedad inventada': no concept SNOMED/999999999 in the loaded"
                + " vocabulary")
        .contains("WARNING " + file + ":4: 'tension arterial alta' repeats")
        .contains("Lexicon has errors");
  }

  @Test
  void importsASnomedRf2ReleaseAsASiteLexiconThatChecksWithoutErrors() throws IOException {
    Path release = Path.of("../vocab/src/test/resources/rf2");
    Path file = dataDir.resolve("snomed-es.tsv");

    int exit =
        run(
            out,
            err,
            "vocab",
            "lexicon",
            "import",
            "--snomed-rf2",
            release.toString(),
            "--out",
            file.toString());

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("10 descriptions (1 inactive, 1 not synonyms, 2 in no language refset)")
        .contains("6 terms accepted, 1 left out as excluded terms") // es.tsv has one
        .contains("Written: 3 entries")
        .contains("1 without a domain")
        .contains("2 ambiguous terms");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("hipertensión arterial primaria\tes\tSNOMED\t59621000\tCondition\t")
        .doesNotContain("neumonía\t")
        .doesNotContain("hipertensión benigna");

    StringWriter checkOut = new StringWriter();
    int check = run(checkOut, err, "vocab", "lexicon", "check", file.toString(), "--bundled");
    assertThat(check).as(checkOut.toString()).isZero();
  }

  @Test
  void writesAnInnLexiconOfTheLoadedIngredientsAndReportsItsAgreement() throws IOException {
    Path file = dataDir.resolve("inn.tsv");

    int exit = run(out, err, "vocab", "lexicon", "inn", "--out", file.toString());

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Against the bundled lexicon: ").contains("Written: ");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\tRxNorm\t");
    StringWriter checkOut = new StringWriter();
    int check = run(checkOut, err, "vocab", "lexicon", "check", file.toString(), "--bundled");
    assertThat(check).as(checkOut.toString()).isZero();
  }

  @Test
  void aMissingFileIsAClearError() {
    int exit = run(out, err, "vocab", "lexicon", "check", "no/such/lexicon.tsv");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("no/such/lexicon.tsv does not exist");
  }
}
