package dev.notes2omop.plugin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LexiconOptionsTest {

  @TempDir Path dir;

  private static LexiconOptions parse(String... args) {
    LexiconOptions options = new LexiconOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }

  private Path siteLexicon() throws Exception {
    Path file = dir.resolve("site.tsv");
    Files.writeString(
        file,
        "term\tlanguage\tvocabulary_id\tconcept_code\tdomain\tnote\n"
            + "HTA\tes\tSNOMED\t38341003\tCondition\tsite choice\n");
    return file;
  }

  @Test
  void bundledLexiconByDefault() {
    assertThat(parse().lexicon().size()).isEqualTo(Lexicon.bundled().size());
  }

  @Test
  void siteEntriesComeBeforeTheBundledOnes() throws Exception {
    Lexicon lexicon = parse("--lexicon", siteLexicon().toString()).lexicon();

    assertThat(lexicon.size()).isEqualTo(Lexicon.bundled().size() + 1);
    LexiconEntry first = lexicon.entries().get(0);
    assertThat(first.term()).isEqualTo("HTA");
    assertThat(first.conceptCode()).isEqualTo("38341003");
  }

  @Test
  void withoutTheBundledLexiconOnlyTheSiteFileIsUsed() throws Exception {
    Lexicon lexicon =
        parse("--no-bundled-lexicon", "--lexicon", siteLexicon().toString()).lexicon();

    assertThat(lexicon.size()).isEqualTo(1);
  }

  @Test
  void refusesToRunWithNoLexiconAtAll() {
    assertThatThrownBy(() -> parse("--no-bundled-lexicon").lexicon())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--lexicon FILE");
  }

  @Test
  void namesAMissingFile() {
    assertThatThrownBy(() -> parse("--lexicon", dir.resolve("nope.tsv").toString()).lexicon())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope.tsv");
  }
}
