package dev.notes2omop.tagger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowsTest {

  private static final LabelSet LABELS = LabelSet.standard();

  private static List<String> sentenceTexts(String note) {
    return Windows.sentences(Tokens.of(note)).stream().map(Window::text).toList();
  }

  @Test
  void splitsSentencesAtStopsSemicolonsAndLineBreaks() {
    assertThat(sentenceTexts("Niega fiebre. Tos seca; disnea\nExploración normal!  ¿Dolor? No"))
        .containsExactly(
            "Niega fiebre.", "Tos seca;", "disnea", "Exploración normal!", "¿Dolor?", "No");
  }

  @Test
  void keepsDecimalsAbbreviationsAndInitialsInsideSentences() {
    assertThat(
            sentenceTexts(
                "Visto por el Dr. Pérez y la Dra. Gil. Hb 13.2 g/dl, K 3,5. Analgesia p.ej. "
                    + "paracetamol aprox. 1 g. cada 8 h. si dolor. Firmado J. García... Alta."))
        .containsExactly(
            "Visto por el Dr. Pérez y la Dra. Gil.",
            "Hb 13.2 g/dl, K 3,5.",
            "Analgesia p.ej. paracetamol aprox. 1 g. cada 8 h. si dolor.",
            "Firmado J. García...",
            "Alta.");
  }

  @Test
  void packsSentencesAndCutsLongOnesWithOverlap() {
    StringBuilder note = new StringBuilder("Uno dos. Tres cuatro.\n");
    for (int i = 0; i < 25; i++) {
      note.append("palabra").append(i).append(' ');
    }
    note.append(". Fin.");
    Tokens tokens = Tokens.of(note.toString());
    List<Window> windows = new Windows(10, 4).split(tokens);
    // the two short sentences share a window; the 26-token sentence is cut at stride 6
    assertThat(windows)
        .extracting(w -> w.from() + "-" + w.to())
        .containsExactly("0-6", "6-16", "12-22", "18-28", "24-32", "32-34");
    assertThat(windows).allSatisfy(w -> assertThat(w.size()).isLessThanOrEqualTo(10));
    // token 14 is central in 12-22 (distance 2) rather than 6-16 (distance 1)
    int[] owners = Windows.owners(tokens.size(), windows);
    assertThat(owners[14]).isEqualTo(2);
    assertThat(owners[13]).isEqualTo(1);
    assertThat(owners[31]).isEqualTo(4);
  }

  @Test
  void rejectsBadSettingsAndUncoveredTokens() {
    assertThatThrownBy(() -> new Windows(8, 8)).hasMessageContaining("overlap must be in 0..7");
    Tokens tokens = Tokens.of("a b c d");
    assertThatThrownBy(() -> Windows.owners(4, List.of(new Window(tokens, 0, 2))))
        .hasMessageContaining("token 2 is in no window");
  }

  /** A generated note with its entities, in note offsets. */
  private record Note(String text, List<TagSpan> entities) {}

  private static Note longNote(Random random) {
    String[][] conditions = {{"diabetes mellitus tipo 2"}, {"cáncer de mama"}, {"fiebre"}};
    String[] drugs = {"metformina", "amoxicilina-clavulánico", "AAS"};
    String[] fillers = {
      "el paciente refiere",
      "😷 sin cambios",
      "según el Dr. Núñez",
      "con Hb 13.2 g/dl",
      "K 3,5 mEq/l",
      "p.ej. en ayunas",
      "ñandú 🧪 prueba",
      "y",
      "desde hace 3 días"
    };
    StringBuilder text = new StringBuilder();
    List<TagSpan> entities = new ArrayList<>();
    for (int sentence = 0; sentence < 400; sentence++) {
      int pieces = sentence % 50 == 7 ? 150 : 2 + random.nextInt(6);
      for (int p = 0; p < pieces; p++) {
        int kind = random.nextInt(4);
        String piece;
        EntityLabel label = null;
        if (kind == 0) {
          piece = conditions[random.nextInt(conditions.length)][0];
          label = EntityLabel.CONDITION;
        } else if (kind == 1) {
          piece = drugs[random.nextInt(drugs.length)];
          label = EntityLabel.DRUG;
        } else {
          piece = fillers[random.nextInt(fillers.length)];
        }
        if (label != null) {
          entities.add(new TagSpan(text.length(), text.length() + piece.length(), label));
        }
        text.append(piece).append(p + 1 < pieces ? " " : "");
      }
      text.append(random.nextInt(3) == 0 ? ".\n" : random.nextBoolean() ? "; " : ". ");
    }
    return new Note(text.toString(), entities);
  }

  /** An "encoder" that knows the answer: high score for the gold tag at each window token. */
  private static float[][] oracleScores(Window window, Map<Integer, int[]> goldByStart) {
    float[][] rows = new float[window.size()][LABELS.size()];
    for (int i = 0; i < window.size(); i++) {
      int[] gold = goldByStart.get(window.start(i));
      int tag = gold == null ? LabelSet.O : gold[0];
      rows[i][tag] = 5f;
      // a tempting invalid alternative: inside tags everywhere score almost as high
      rows[i][LABELS.inside(EntityLabel.CONDITION)] = Math.max(rows[i][2], 4f);
    }
    return rows;
  }

  @Test
  void offsetsSurviveWindowingOfALongNote() {
    Note note = longNote(new Random(42));
    Tokens tokens = Tokens.of(note.text());
    assertThat(tokens.size()).isGreaterThan(5_000);
    Map<Integer, int[]> gold = new HashMap<>();
    for (TagSpan e : note.entities()) {
      Tokens inner = Tokens.of(e.text(note.text()));
      for (int k = 0; k < inner.size(); k++) {
        int tag = k == 0 ? LABELS.begin(e.label()) : LABELS.inside(e.label());
        gold.put(e.start() + inner.start(k), new int[] {tag});
      }
    }
    Windows windows = new Windows(64, 16);
    List<Window> split = windows.split(tokens);
    assertThat(split).allSatisfy(w -> assertThat(w.size()).isBetween(1, 64));
    assertThat(split.size()).isGreaterThan(tokens.size() / 64);
    assertEachTokenOwnedExactlyOnce(tokens, split);

    List<float[][]> scores = new ArrayList<>();
    for (Window w : split) {
      scores.add(oracleScores(w, gold));
    }
    BioDecoder decoder = new BioDecoder(LABELS);
    int[] tags = decoder.decode(Windows.mergeScores(tokens.size(), split, scores));
    List<TagSpan> spans = decoder.spans(tokens, tags);
    assertThat(spans).containsExactlyElementsOf(note.entities());
    assertThat(spans).allSatisfy(s -> assertThat(s.text(note.text())).isNotBlank());

    List<int[]> perWindow = scores.stream().map(decoder::decode).toList();
    int[] merged = Windows.mergeTags(tokens.size(), split, perWindow, LABELS);
    assertThat(LABELS.isValid(merged)).isTrue();
    assertThat(decoder.spans(tokens, merged)).containsExactlyElementsOf(note.entities());
  }

  private static void assertEachTokenOwnedExactlyOnce(Tokens tokens, List<Window> split) {
    int[] owners = Windows.owners(tokens.size(), split);
    int previousEnd = 0;
    StringBuilder rebuilt = new StringBuilder();
    for (int t = 0; t < tokens.size(); t++) {
      Window w = split.get(owners[t]);
      assertThat(w.contains(t)).isTrue();
      assertThat(w.original(t - w.from())).isEqualTo(tokens.original(t));
      assertThat(w.start(t - w.from())).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = w.end(t - w.from());
      rebuilt.append(w.original(t - w.from()));
    }
    // all visible characters, emoji and accents included, come back once and in order
    String visible = tokens.text().replaceAll("[\\s\\-]", "");
    assertThat(rebuilt.toString()).isEqualTo(visible);
  }
}
