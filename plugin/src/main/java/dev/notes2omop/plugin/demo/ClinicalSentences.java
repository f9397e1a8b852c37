package dev.notes2omop.plugin.demo;

import dev.notes2omop.plugin.demo.SpanishClinicalLexicon.Condition;
import dev.notes2omop.plugin.demo.SpanishClinicalLexicon.Drug;
import dev.notes2omop.plugin.demo.SpanishClinicalLexicon.LabTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sentence templates for one synthetic note, filled from {@link SpanishClinicalLexicon}. Every
 * choice comes from the {@link Random} it is given, so the same seed gives the same sentences.
 */
final class ClinicalSentences {

  private final Random random;
  private final boolean female;
  private final int age;
  private final boolean decimalComma;
  private final List<Condition> history;
  private final Condition problem;
  private final String complaint;
  private final List<Condition> familyConditions;
  private final List<Drug> drugs;
  private int nextFamilyCondition;
  private int nextDrug;

  ClinicalSentences(Random random, boolean female, int age) {
    this.random = random;
    this.female = female;
    this.age = age;
    this.decimalComma = random.nextInt(10) < 7;
    this.history = distinct(SpanishClinicalLexicon.CHRONIC, 2 + random.nextInt(3));
    this.problem = pick(SpanishClinicalLexicon.ACUTE);
    this.complaint = pick(SpanishClinicalLexicon.SYMPTOMS);
    this.familyConditions = distinct(SpanishClinicalLexicon.FAMILY, 4);
    this.drugs = distinct(SpanishClinicalLexicon.DRUGS, 12);
  }

  String reason() {
    return switch (random.nextInt(3)) {
      case 0 -> capitalize(complaint) + ".";
      case 1 -> capitalize(complaint) + " y " + symptom() + ".";
      default -> "Control de " + pick(history).written(false) + ".";
    };
  }

  String personalHistory() {
    List<String> names = new ArrayList<>();
    boolean shortForm = random.nextBoolean();
    for (Condition condition : history) {
      names.add(condition.written(shortForm));
    }
    return capitalize(joinSpanish(names)) + ".";
  }

  /** Smoking and allergies, said once per note. */
  String habitsAndAllergies() {
    String smoking =
        switch (random.nextInt(3)) {
          case 0 -> "No fumador" + (female ? "a" : "") + ".";
          case 1 ->
              (female ? "Exfumadora" : "Exfumador")
                  + " desde hace "
                  + (2 + random.nextInt(20))
                  + " años.";
          default ->
              "Fumador"
                  + (female ? "a" : "")
                  + " de "
                  + (5 + random.nextInt(25))
                  + " cigarrillos al día.";
        };
    String allergies =
        random.nextInt(4) == 0
            ? "Alergia a " + pick(List.of("penicilina", "AINE", "contrastes yodados")) + "."
            : "No alergias medicamentosas conocidas.";
    return smoking + " " + allergies;
  }

  String historyDetail() {
    return switch (random.nextInt(3)) {
      case 0 ->
          "Diagnóstico de "
              + pick(history).written(false)
              + " en "
              + (1995 + random.nextInt(28))
              + ".";
      case 1 ->
          capitalize(pick(history).written(false))
              + " en seguimiento por su médico de Atención Primaria.";
      default ->
          pick(
                  List.of(
                      "Apendicectomía",
                      "Colecistectomía laparoscópica",
                      "Prótesis total de cadera",
                      "Cirugía de cataratas"))
              + " en "
              + (1980 + random.nextInt(43))
              + ".";
    };
  }

  String familyHistory() {
    Condition condition = familyConditions.get(nextFamilyCondition++ % familyConditions.size());
    return switch (random.nextInt(4)) {
      case 0 -> "Antecedentes familiares de " + condition.name() + ".";
      case 1 -> "Sin antecedentes familiares de " + condition.name() + ".";
      default -> pick(SpanishClinicalLexicon.RELATIVES) + " con " + condition.name() + ".";
    };
  }

  String presentIllness() {
    String person = female ? "Mujer" : "Varón";
    return person
        + " de "
        + age
        + " años que consulta por "
        + complaint
        + " de "
        + (1 + random.nextInt(14))
        + " días de evolución.";
  }

  String symptomSentence() {
    return switch (random.nextInt(6)) {
      case 0 -> "Refiere " + symptom() + " desde hace " + (2 + random.nextInt(46)) + " horas.";
      case 1 -> "Niega " + twoSymptoms(" y ") + ".";
      case 2 -> "Sin " + twoSymptoms(" ni ") + ".";
      case 3 -> "No refiere " + symptom() + ".";
      case 4 -> "De forma ocasional asocia " + symptom() + ".";
      default -> "Niega " + symptom() + ".";
    };
  }

  String vitalSigns() {
    int systolic = 100 + random.nextInt(80);
    return "TA "
        + systolic
        + "/"
        + (systolic / 2 + random.nextInt(25))
        + " mmHg, FC "
        + (52 + random.nextInt(70))
        + " lpm, SatO2 "
        + (86 + random.nextInt(14))
        + "%, Tª "
        + number(35.8 + random.nextInt(36) / 10.0, 1)
        + " ºC.";
  }

  String examination() {
    return pick(
        List.of(
            "AP: murmullo vesicular conservado, sin ruidos sobreañadidos.",
            "AP: crepitantes en base derecha.",
            "AC: rítmica, sin soplos.",
            "AC: arrítmica, sin soplos audibles.",
            "Abdomen blando y depresible, no doloroso a la palpación.",
            "No edemas en miembros inferiores.",
            "Consciente y orientad"
                + (female ? "a" : "o")
                + ", eupneic"
                + (female ? "a" : "o")
                + " en reposo.",
            "Pulsos periféricos presentes y simétricos."));
  }

  String labSentence() {
    List<LabTest> tests = distinct(SpanishClinicalLexicon.LABS, 2 + random.nextInt(3));
    List<String> results = new ArrayList<>();
    for (LabTest test : tests) {
      String name = random.nextBoolean() ? test.shortName() : test.name();
      results.add(name + " " + withUnit(labResult(test).value(), test.unit()));
    }
    String prefix = pick(List.of("Analítica", "Analítica de control", "Bioquímica", "En sangre"));
    return prefix + ": " + String.join(", ", results) + ".";
  }

  /** A result of {@code test}, formatted, and whether it lies outside the reference range. */
  record LabResult(String value, boolean abnormal) {}

  LabResult labResult(LabTest test) {
    if (test.shortName().equals("PCR") && random.nextInt(3) == 0) {
      return new LabResult("< 5", false);
    }
    double value = test.low() + random.nextDouble() * (test.high() - test.low());
    if (test.decimals() == 0 && value >= 1_000) {
      double step = value >= 100_000 ? 1_000 : 10;
      value = Math.round(value / step) * step;
    }
    double shown = rounded(value, test.decimals()).doubleValue();
    return new LabResult(
        number(value, test.decimals()),
        shown < test.referenceLow() || shown > test.referenceHigh());
  }

  /** {@code 13.320/µL}, {@code 7,1 %}, {@code 1,2} (INR has no unit). */
  static String withUnit(String value, String unit) {
    if (unit.isEmpty()) {
      return value;
    }
    return unit.startsWith("/") ? value + unit : value + " " + unit;
  }

  String imaging() {
    return pick(
        List.of(
            "Rx de tórax: sin condensaciones ni derrame pleural.",
            "Rx de tórax: condensación en lóbulo inferior derecho.",
            "ECG: ritmo sinusal a " + (60 + random.nextInt(40)) + " lpm, sin alteraciones agudas.",
            "ECG: fibrilación auricular con respuesta ventricular controlada.",
            "Ecografía abdominal sin hallazgos patológicos.",
            "TAC craneal: sin lesiones agudas."));
  }

  String mainDiagnosis() {
    return capitalize(problem.written(false)) + ".";
  }

  String assessment() {
    Condition other = pick(SpanishClinicalLexicon.ACUTE);
    return switch (random.nextInt(5)) {
      case 0 -> "Sospecha de " + other.name() + ".";
      case 1 -> "Posible " + other.name() + ", a descartar.";
      case 2 -> "Se descarta " + other.name() + ".";
      case 3 -> capitalize(pick(history).written(random.nextBoolean())) + " estable.";
      default -> capitalize(pick(history).written(false)) + " de larga evolución.";
    };
  }

  /** A drug with its regimen, as a line of a treatment list. */
  String drugLine() {
    Drug drug = drugs.get(nextDrug++ % drugs.size());
    return "- " + capitalize(drug.name()) + " " + pick(drug.regimens()) + ".";
  }

  String plan() {
    return switch (random.nextInt(4)) {
      case 0 ->
          "Control por su médico de Atención Primaria en " + (2 + random.nextInt(4)) + " semanas.";
      case 1 -> "Revisión en consulta en " + (2 + random.nextInt(5)) + " meses con analítica.";
      case 2 -> "Acudir a Urgencias si " + twoSymptoms(" o ") + ".";
      default -> "Se suspende " + pick(SpanishClinicalLexicon.DRUGS).name() + ".";
    };
  }

  String labComment() {
    return switch (random.nextInt(5)) {
      case 0 -> "Resultados compatibles con " + problem.name() + ".";
      case 1 ->
          "Control insuficiente de "
              + pick(history).written(false)
              + "; valorar ajuste de tratamiento.";
      case 2 ->
          "Se recomienda repetir "
              + pick(SpanishClinicalLexicon.LABS).name()
              + " en "
              + (2 + random.nextInt(10))
              + " semanas.";
      case 3 ->
          pick(
              List.of(
                  "Muestra ligeramente hemolizada.",
                  "Resultados comunicados por teléfono al médico solicitante.",
                  "Se amplía estudio con perfil férrico en la misma muestra."));
      default -> "Sin datos de " + pick(SpanishClinicalLexicon.ACUTE).name() + ".";
    };
  }

  /**
   * A number with {@code decimals} decimals, written with this note's decimal separator; with a
   * decimal comma, thousands are grouped with a point ({@code 13.320}).
   */
  String number(double value, int decimals) {
    String text = rounded(value, decimals).toPlainString();
    if (!decimalComma) {
      return text;
    }
    text = text.replace('.', ',');
    if (decimals == 0 && text.length() > 4 && !text.startsWith("-")) {
      StringBuilder grouped = new StringBuilder(text);
      for (int i = grouped.length() - 3; i > 0; i -= 3) {
        grouped.insert(i, '.');
      }
      text = grouped.toString();
    }
    return text;
  }

  private static BigDecimal rounded(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A symptom other than the complaint the patient came with. */
  private String symptom() {
    String symptom = pick(SpanishClinicalLexicon.SYMPTOMS);
    while (symptom.equals(complaint)) {
      symptom = pick(SpanishClinicalLexicon.SYMPTOMS);
    }
    return symptom;
  }

  private String twoSymptoms(String conjunction) {
    String first = symptom();
    String second = symptom();
    while (second.equals(first) || second.equals(complaint)) {
      second = pick(SpanishClinicalLexicon.SYMPTOMS);
    }
    return first + conjunction + second;
  }

  private <T> List<T> distinct(List<T> items, int count) {
    List<T> pool = new ArrayList<>(items);
    List<T> chosen = new ArrayList<>();
    for (int i = 0; i < count && !pool.isEmpty(); i++) {
      chosen.add(pool.remove(random.nextInt(pool.size())));
    }
    return chosen;
  }

  private static String joinSpanish(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " y "
        + items.get(items.size() - 1);
  }

  static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
