package dev.notes2omop.tagger.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.tagger.model.Windows;
import dev.notes2omop.tagger.neural.TaggerModelException;
import dev.notes2omop.tagger.text.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture package of {@code src/test/resources/torchscript/fixture} (written by {@code
 * src/test/fixtures/make_torchscript_fixture.py}): a real TorchScript module run by libtorch whose
 * logits are a lookup table of sub-word ids, and a WordPiece {@code tokenizer.json}. Its sub-words
 * favour: {@code diabetes}, {@code insuficiencia} → B-CONDITION; {@code mellitus}, {@code renal},
 * {@code cronica} → I-CONDITION; {@code met} (of "metformina"), {@code insul} (of "insulina") →
 * B-DRUG; {@code glar} (of "glargina") → I-DRUG; continuation pieces favour other tags ({@code
 * ##ina} → B-CONDITION, {@code ##formina}, {@code ##gina} → O), unknown words → O.
 */
class ExternalModelTaggerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, EntityLabel> TERMS =
      Map.of(
          "diabetes mellitus", EntityLabel.CONDITION,
          "insuficiencia renal crónica", EntityLabel.CONDITION,
          "metformina", EntityLabel.DRUG,
          "Metformina", EntityLabel.DRUG,
          "insulina glargina", EntityLabel.DRUG);
  private static final List<String> SENTENCES =
      List.of(
          "Paciente con diabetes mellitus y toma metformina.",
          "Refiere insuficiencia renal crónica sin cambios.",
          "Se pauta insulina glargina; control en 3 meses.",
          "Metformina sin cambios.",
          "Niega diabetes mellitus.",
          // one sentence longer than a window (16 tokens): cut with an overlap of 4
          "Paciente con diabetes mellitus , insuficiencia renal crónica , metformina , insulina"
              + " glargina y control sin cambios con metformina y diabetes mellitus de la paciente");

  private static Path fixture;
  private static TorchScriptPackage model;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    fixture =
        Path.of(
                ExternalModelTaggerTest.class
                    .getResource("/torchscript/fixture/model.json")
                    .toURI())
            .getParent();
    model = TorchScriptPackage.load(fixture);
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void tagsEachTokenByItsFirstSubword() {
    String text = "Paciente con Diabetes mellitus y toma metformina e insulina glargina.";
    try (ExternalModelTagger tagger = new ExternalModelTagger(model)) {
      List<Mention> mentions = tagger.tag(text);

      assertThat(mentions)
          .extracting(Mention::start, Mention::end, Mention::text, Mention::label)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  13, 30, "Diabetes mellitus", EntityLabel.CONDITION),
              org.assertj.core.groups.Tuple.tuple(38, 48, "metformina", EntityLabel.DRUG),
              org.assertj.core.groups.Tuple.tuple(51, 68, "insulina glargina", EntityLabel.DRUG));
      assertThat(tagger.id()).isEqualTo("fixture-torchscript-tagger");
    }
  }

  @Test
  void appliesTheAssertionRules() {
    try (ExternalModelTagger tagger = new ExternalModelTagger(model)) {
      List<Mention> mentions = tagger.tag("Niega diabetes mellitus. Toma metformina.");

      assertThat(mentions)
          .extracting(Mention::text)
          .containsExactly("diabetes mellitus", "metformina");
      assertThat(mentions.get(0).assertion().negated()).isTrue();
      assertThat(mentions.get(1).assertion().negated()).isFalse();
    }
  }

  @Test
  void tagsALongNoteOverManyWindowsAtTheRightOffsets() {
    String note = longNote(40);
    assertThat(new Windows(16, 4).split(Tokens.of(note))).hasSizeGreaterThan(20);
    try (ExternalModelTagger tagger = new ExternalModelTagger(model)) {
      List<Mention> mentions = tagger.tag(note);

      assertThat(spans(mentions)).isEqualTo(expected(note));
      for (Mention m : mentions) {
        assertThat(note.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  @Test
  void cutsWindowsWithMoreSubwordsThanTheModuleReads() throws Exception {
    Path copy = copy(m -> m.put("maxSubwords", 6));
    String note = longNote(12);
    try (TorchScriptPackage small = TorchScriptPackage.load(copy);
        ExternalModelTagger tagger = new ExternalModelTagger(small)) {
      assertThat(spans(tagger.tag(note))).isEqualTo(expected(note));
    }
  }

  @Test
  void givesTheSameMentionsWithAndWithoutBatches() throws Exception {
    assertThat(model.manifest().batchSize()).isEqualTo(4);
    Path single = copy(m -> m.put("batchSize", 1));
    String note = longNote(30);
    try (TorchScriptPackage unbatched = TorchScriptPackage.load(single);
        ExternalModelTagger one = new ExternalModelTagger(unbatched);
        ExternalModelTagger four = new ExternalModelTagger(model)) {
      assertThat(four.tag(note)).isEqualTo(one.tag(note)).hasSize(expected(note).size());
    }
  }

  @Test
  void givesTheSameMentionsFromSeveralThreads() throws Exception {
    List<String> notes = new ArrayList<>();
    for (int i = 1; i <= 16; i++) {
      notes.add(longNote(i));
    }
    try (ExternalModelTagger tagger = new ExternalModelTagger(model)) {
      List<List<Mention>> sequential = new ArrayList<>();
      for (String n : notes) {
        sequential.add(tagger.tag(n));
      }
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<List<Mention>>> futures = new ArrayList<>();
        for (String n : notes) {
          futures.add(pool.submit(() -> tagger.tag(n)));
        }
        for (int i = 0; i < notes.size(); i++) {
          assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void recognisesItsPackagesByArchitecture() throws Exception {
    assertThat(TorchScriptManifest.describes(fixture)).isTrue();
    assertThat(TorchScriptManifest.describes(dir)).isFalse();
    Path other = copy(m -> m.put("architecture", "bilstm-fw-bw-charcnn-v2"));
    assertThat(TorchScriptManifest.describes(other)).isFalse();
  }

  @Test
  void refusesAPackageWithoutItsModuleOrTokenizer() throws Exception {
    Path noModule = copy(m -> {});
    Files.delete(noModule.resolve("model.pt"));
    assertThatThrownBy(() -> TorchScriptPackage.load(noModule))
        .isInstanceOf(TaggerModelException.class)
        .hasMessageContaining("lacks model.pt (files.module)");

    Path noTokenizer = copy(m -> {});
    Files.delete(noTokenizer.resolve("tokenizer.json"));
    assertThatThrownBy(() -> TorchScriptPackage.load(noTokenizer))
        .isInstanceOf(TaggerModelException.class)
        .hasMessageContaining("lacks tokenizer.json (files.tokenizer)");

    assertThatThrownBy(() -> TorchScriptPackage.load(dir))
        .isInstanceOf(TaggerModelException.class)
        .hasMessageContaining("is not a model package (no model.json)");
  }

  @Test
  void refusesATagListThatIsNotBio() throws Exception {
    Path copy =
        copy(
            m -> {
              ArrayNode tags = m.putArray("tags");
              for (String t : List.of("O", "B-CONDITION", "I-DRUG", "B-DRUG", "I-CONDITION2")) {
                tags.add(t);
              }
            });
    assertThatThrownBy(() -> TorchScriptPackage.load(copy))
        .isInstanceOf(TaggerModelException.class)
        .hasMessageContaining("model.json")
        .hasMessageContaining("I-CONDITION2");
  }

  @Test
  void refusesAModuleWhoseOutputHasTheWrongShape() throws Exception {
    Path moreTags =
        copy(
            m -> {
              ArrayNode tags = (ArrayNode) m.get("tags");
              tags.add("B-MEASUREMENT").add("I-MEASUREMENT");
            });
    assertThatThrownBy(() -> TorchScriptPackage.load(moreTags))
        .isInstanceOf(TaggerModelException.class)
        .hasMessageContaining("gave an output of shape (1, 3, 5) for 1 window(s) of 3 sub-words")
        .hasMessageContaining("expected logits (1, 3, 7)");

    Path flat = copy(m -> {});
    Files.copy(
        fixture.resolveSibling("flat-output.pt"),
        flat.resolve("model.pt"),
        StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> TorchScriptPackage.load(flat))
        .isInstanceOf(TaggerModelException.class)
        .hasMessageContaining("gave an output of shape (1, 3) for 1 window(s) of 3 sub-words");
  }

  @Test
  void refusesAFileThatIsNotTorchScript() throws Exception {
    Path copy = copy(m -> {});
    Files.writeString(copy.resolve("model.pt"), "not a zip");
    assertThatThrownBy(() -> TorchScriptPackage.load(copy))
        .isInstanceOf(TaggerModelException.class)
        .hasMessageContaining("cannot load the TorchScript module");
  }

  @Test
  void refusesBatchesWithoutAnAttentionMask() throws Exception {
    Path copy = copy(m -> m.putArray("inputs").add("input_ids"));
    assertThatThrownBy(() -> TorchScriptPackage.load(copy))
        .isInstanceOf(TaggerModelException.class)
        .hasMessageContaining("batchSize 4 pads windows: the inputs need attention_mask");
  }

  @Test
  void refusesUnknownInputs() throws Exception {
    Path copy = copy(m -> m.putArray("inputs").add("input_ids").add("pixel_values"));
    assertThatThrownBy(() -> TorchScriptPackage.load(copy))
        .isInstanceOf(TaggerModelException.class)
        .hasMessageContaining("unknown or repeated name pixel_values");
  }

  private static String longNote(int sentences) {
    StringBuilder note = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      note.append(SENTENCES.get(i % SENTENCES.size()));
      note.append(i % 3 == 0 ? "\n" : " ");
    }
    return note.toString();
  }

  private record Span(int start, int end, EntityLabel label) {}

  private static List<Span> spans(List<Mention> mentions) {
    return mentions.stream().map(m -> new Span(m.start(), m.end(), m.label())).toList();
  }

  /** Every occurrence of the fixture's terms, by hand. */
  private static List<Span> expected(String note) {
    List<Span> out = new ArrayList<>();
    for (Map.Entry<String, EntityLabel> term : TERMS.entrySet()) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(term.getKey()) + "\\b").matcher(note);
      while (m.find()) {
        out.add(new Span(m.start(), m.end(), term.getValue()));
      }
    }
    out.sort(Comparator.comparingInt(Span::start));
    return out;
  }

  private Path copy(Consumer<ObjectNode> edit) throws Exception {
    Path copy = Files.createTempDirectory(dir, "package");
    for (String name : List.of("model.json", "model.pt", "tokenizer.json")) {
      Files.copy(fixture.resolve(name), copy.resolve(name));
    }
    ObjectNode manifest = (ObjectNode) JSON.readTree(copy.resolve("model.json").toFile());
    edit.accept(manifest);
    JSON.writeValue(copy.resolve("model.json").toFile(), manifest);
    return copy;
  }
}
