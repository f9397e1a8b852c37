package dev.notes2omop.plugin.demo;

import dev.notes2omop.plugin.demo.SpanishClinicalLexicon.LabTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes the plain text of one synthetic note: a heading, then sections (reason for the visit,
 * history, present illness, examination, tests, assessment, treatment, plan) filled from {@link
 * ClinicalSentences} until the text reaches a length drawn between {@value #MIN_TARGET} and {@value
 * #MAX_TARGET} characters.
 */
final class ClinicalNoteComposer {

  static final int MIN_TARGET = 1_250;
  static final int MAX_TARGET = 1_750;

  /** Sentences drawn at most to fill a note; repeats are dropped, so some draws add nothing. */
  private static final int MAX_ATTEMPTS = 400;

  private enum Section {
    REASON("MOTIVO DE CONSULTA", false),
    PERSONAL_HISTORY("ANTECEDENTES PERSONALES", false),
    FAMILY_HISTORY("ANTECEDENTES FAMILIARES", false),
    PRESENT_ILLNESS("ENFERMEDAD ACTUAL", false),
    EXAMINATION("EXPLORACIÓN FÍSICA", false),
    TESTS("PRUEBAS COMPLEMENTARIAS", true),
    ASSESSMENT("JUICIO CLÍNICO", true),
    TREATMENT("TRATAMIENTO", true),
    PLAN("PLAN", false);

    final String title;
    final boolean oneSentencePerLine;

    Section(String title, boolean oneSentencePerLine) {
      this.title = title;
      this.oneSentencePerLine = oneSentencePerLine;
    }

    String title(SyntheticNoteKind kind) {
      boolean admission =
          kind == SyntheticNoteKind.DISCHARGE || kind == SyntheticNoteKind.HISTORY_AND_PHYSICAL;
      if (this == REASON && admission) {
        return "MOTIVO DE INGRESO";
      }
      if (this == TREATMENT && kind == SyntheticNoteKind.DISCHARGE) {
        return "TRATAMIENTO AL ALTA";
      }
      return title;
    }
  }

  private ClinicalNoteComposer() {}

  /** The text of one note of {@code kind} about a patient of this sex and age. */
  static String compose(Random random, SyntheticNoteKind kind, boolean female, int age) {
    int target = MIN_TARGET + random.nextInt(MAX_TARGET - MIN_TARGET + 1);
    ClinicalSentences sentences = new ClinicalSentences(random, female, age);
    return kind == SyntheticNoteKind.LAB_REPORT
        ? labReport(random, sentences, target)
        : clinicalNote(random, kind, sentences, target);
  }

  private static String clinicalNote(
      Random random, SyntheticNoteKind kind, ClinicalSentences sentences, int target) {
    Draft draft = new Draft(kind);
    draft.add(Section.REASON, sentences.reason());
    draft.add(Section.PERSONAL_HISTORY, sentences.personalHistory());
    draft.add(Section.PERSONAL_HISTORY, sentences.habitsAndAllergies());
    draft.add(Section.FAMILY_HISTORY, sentences.familyHistory());
    draft.add(Section.PRESENT_ILLNESS, sentences.presentIllness());
    draft.add(Section.PRESENT_ILLNESS, sentences.symptomSentence());
    draft.add(Section.EXAMINATION, sentences.vitalSigns());
    draft.add(Section.TESTS, sentences.labSentence());
    draft.add(Section.ASSESSMENT, sentences.mainDiagnosis());
    draft.add(Section.TREATMENT, sentences.drugLine());
    draft.add(Section.PLAN, sentences.plan());

    List<Extra> extras =
        List.of(
            new Extra(Section.PRESENT_ILLNESS, sentences::symptomSentence),
            new Extra(Section.PERSONAL_HISTORY, sentences::historyDetail),
            new Extra(Section.FAMILY_HISTORY, sentences::familyHistory),
            new Extra(Section.EXAMINATION, sentences::examination),
            new Extra(Section.TESTS, sentences::labSentence),
            new Extra(Section.TESTS, sentences::imaging),
            new Extra(Section.ASSESSMENT, sentences::assessment),
            new Extra(Section.TREATMENT, sentences::drugLine),
            new Extra(Section.TREATMENT, sentences::drugLine),
            new Extra(Section.PLAN, sentences::plan));
    for (int attempt = 0; draft.length() < target && attempt < MAX_ATTEMPTS; attempt++) {
      Extra extra = extras.get(random.nextInt(extras.size()));
      draft.add(extra.section(), extra.sentence().get());
    }
    return draft.render();
  }

  private static String labReport(Random random, ClinicalSentences sentences, int target) {
    StringBuilder text = new StringBuilder(target + 200);
    text.append(SyntheticNoteKind.LAB_REPORT.heading()).append('\n');
    text.append("Petición: ").append(sentences.reason()).append('\n');
    text.append("Muestra: suero y sangre total. Extracción en ayunas.\n\n");
    List<LabTest> tests = new ArrayList<>(SpanishClinicalLexicon.LABS);
    int commentRoom = 260 + random.nextInt(120);
    boolean anyAbnormal = false;
    while (!tests.isEmpty() && text.length() < target - commentRoom) {
      LabTest test = tests.remove(random.nextInt(tests.size()));
      ClinicalSentences.LabResult result = sentences.labResult(test);
      anyAbnormal |= result.abnormal();
      text.append(labLine(sentences, test, result)).append('\n');
    }
    text.append("\nCOMENTARIO:");
    Set<String> comments = new HashSet<>();
    for (int attempt = 0; text.length() < target && attempt < MAX_ATTEMPTS; attempt++) {
      String comment = sentences.labComment();
      if (comments.add(comment)) {
        text.append(' ').append(comment);
      }
    }
    if (anyAbnormal) {
      text.append("\nValores marcados con * fuera del intervalo de referencia.");
    }
    return text.append('\n').toString();
  }

  private static String labLine(
      ClinicalSentences sentences, LabTest test, ClinicalSentences.LabResult result) {
    String name = ClinicalSentences.capitalize(test.name());
    String dots = ".".repeat(Math.max(3, 28 - name.length()));
    String range =
        test.referenceLow() == 0
            ? "< " + sentences.number(test.referenceHigh(), test.decimals())
            : sentences.number(test.referenceLow(), test.decimals())
                + " - "
                + sentences.number(test.referenceHigh(), test.decimals());
    return name
        + " "
        + dots
        + " "
        + ClinicalSentences.withUnit(result.value(), test.unit())
        + "  ("
        + range
        + ")"
        + (result.abnormal() ? " *" : "");
  }

  private record Extra(Section section, Supplier<String> sentence) {}

  /** Sections being filled, with a running count of the length of the text they will render to. */
  private static final class Draft {
    /** Two sentences of a section that open with this many characters alike say the same thing. */
    private static final int OPENING = 12;

    private final SyntheticNoteKind kind;
    private final Map<Section, List<String>> sections = new EnumMap<>(Section.class);
    private int length;

    Draft(SyntheticNoteKind kind) {
      this.kind = kind;
      this.length = kind.heading().length() + 2;
    }

    /** Adds {@code sentence} to {@code section} unless the section already opens a line alike. */
    void add(Section section, String sentence) {
      List<String> lines = sections.computeIfAbsent(section, s -> new ArrayList<>());
      String opening = opening(sentence);
      for (String line : lines) {
        if (opening(line).equals(opening)) {
          return;
        }
      }
      if (lines.isEmpty()) {
        length += section.title(kind).length() + 3;
      }
      lines.add(sentence);
      length += sentence.length() + 1;
    }

    int length() {
      return length;
    }

    /**
     * What makes two sentences of a section say the same thing: the label before an early colon
     * ({@code ECG:}, {@code AP:}), the drug of a treatment line, else the first few characters.
     */
    private static String opening(String sentence) {
      int colon = sentence.indexOf(':');
      if (colon > 0 && colon < 24) {
        return sentence.substring(0, colon);
      }
      if (sentence.startsWith("- ")) {
        int space = sentence.indexOf(' ', 2);
        return space < 0 ? sentence : sentence.substring(0, space);
      }
      return sentence.length() <= OPENING ? sentence : sentence.substring(0, OPENING);
    }

    String render() {
      StringBuilder text = new StringBuilder(length + 16);
      text.append(kind.heading()).append("\n\n");
      for (Map.Entry<Section, List<String>> entry : sections.entrySet()) {
        Section section = entry.getKey();
        text.append(section.title(kind)).append(':');
        String separator = section.oneSentencePerLine ? "\n" : " ";
        for (String sentence : entry.getValue()) {
          text.append(separator).append(sentence);
        }
        text.append("\n\n");
      }
      return text.toString().strip() + "\n";
    }
  }
}
