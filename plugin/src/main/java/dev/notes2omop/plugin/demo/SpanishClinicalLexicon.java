package dev.notes2omop.plugin.demo;

import java.util.List;

/**
 * The Spanish words the synthetic notes are made of: conditions, symptoms, drugs with their usual
 * regimens, lab tests with plausible ranges. Chosen so that most have an English counterpart in the
 * OMOP sample vocabularies (hypertension, metformin, hemoglobin...).
 */
final class SpanishClinicalLexicon {

  /** A condition, with the abbreviation Spanish notes use for it, or {@code null}. */
  record Condition(String name, String abbreviation) {
    /** The abbreviation when there is one and {@code shortForm}, else the name. */
    String written(boolean shortForm) {
      return shortForm && abbreviation != null ? abbreviation : name;
    }
  }

  /** A drug as written in a note, with the regimens it is usually given in. */
  record Drug(String name, List<String> regimens) {}

  /**
   * A lab test: the full and short names, the unit, the decimals to print, the range generated
   * values are drawn from, and the reference range printed in lab reports.
   */
  record LabTest(
      String name,
      String shortName,
      String unit,
      int decimals,
      double low,
      double high,
      double referenceLow,
      double referenceHigh) {}

  static final List<Condition> CHRONIC =
      List.of(
          new Condition("hipertensión arterial", "HTA"),
          new Condition("diabetes mellitus tipo 2", "DM2"),
          new Condition("dislipemia", "DLP"),
          new Condition("fibrilación auricular", "FA"),
          new Condition("cardiopatía isquémica", null),
          new Condition("insuficiencia cardiaca", "IC"),
          new Condition("EPOC", null),
          new Condition("asma", null),
          new Condition("enfermedad renal crónica", "ERC"),
          new Condition("hipotiroidismo", null),
          new Condition("osteoporosis", null),
          new Condition("artrosis de rodilla", null),
          new Condition("artritis reumatoide", "AR"),
          new Condition("gota", null),
          new Condition("anemia ferropénica", null),
          new Condition("epilepsia", null),
          new Condition("migraña", null),
          new Condition("enfermedad por reflujo gastroesofágico", "ERGE"),
          new Condition("trastorno depresivo mayor", null),
          new Condition("enfermedad de Alzheimer", null),
          new Condition("obesidad", null),
          new Condition("rinitis alérgica", null),
          new Condition("lumbalgia crónica", null));

  static final List<Condition> ACUTE =
      List.of(
          new Condition("neumonía", null),
          new Condition("infarto agudo de miocardio", "IAM"),
          new Condition("ictus isquémico", null),
          new Condition("cistitis aguda", null),
          new Condition("pielonefritis aguda", null),
          new Condition("bronquitis aguda", null),
          new Condition("faringitis estreptocócica", null),
          new Condition("sinusitis aguda", null),
          new Condition("trombosis venosa profunda", "TVP"),
          new Condition("tromboembolismo pulmonar", "TEP"),
          new Condition("colecistitis aguda", null),
          new Condition("apendicitis aguda", null),
          new Condition("hemorragia digestiva alta", null),
          new Condition("úlcera péptica", null),
          new Condition("crisis hipertensiva", null),
          new Condition("sepsis", null),
          new Condition("fractura de cadera", null),
          new Condition("COVID-19", null),
          new Condition("celulitis", null),
          new Condition("gastroenteritis aguda", null));

  static final List<Condition> FAMILY =
      List.of(
          new Condition("cáncer de mama", null),
          new Condition("cáncer de colon", null),
          new Condition("diabetes", null),
          new Condition("infarto de miocardio", null),
          new Condition("ictus", null),
          new Condition("enfermedad de Alzheimer", null),
          new Condition("hipertensión arterial", null),
          new Condition("cáncer de pulmón", null),
          new Condition("asma", null));

  static final List<String> SYMPTOMS =
      List.of(
          "dolor torácico",
          "disnea",
          "fiebre",
          "tos",
          "náuseas",
          "vómitos",
          "cefalea",
          "dolor abdominal",
          "diarrea",
          "mareo",
          "astenia",
          "palpitaciones",
          "edemas en miembros inferiores",
          "síncope",
          "hemoptisis",
          "disuria",
          "pérdida de peso",
          "dolor lumbar");

  static final List<String> RELATIVES =
      List.of("Madre", "Padre", "Hermano", "Hermana", "Abuela materna", "Abuelo paterno", "Tío");

  static final List<Drug> DRUGS =
      List.of(
          new Drug(
              "metformina", List.of("850 mg cada 12 horas", "1 g cada 12 horas", "500 mg/día")),
          new Drug("AAS", List.of("100 mg/día", "100 mg cada 24 horas")),
          new Drug("ácido acetilsalicílico", List.of("100 mg al día")),
          new Drug("enalapril", List.of("10 mg cada 12 horas", "5 mg/día", "20 mg/día")),
          new Drug("lisinopril", List.of("10 mg/día", "20 mg al día")),
          new Drug("ramipril", List.of("5 mg/día", "2,5 mg cada 12 horas")),
          new Drug("amlodipino", List.of("5 mg/día", "10 mg por la mañana")),
          new Drug("simvastatina", List.of("20 mg por la noche", "40 mg/día")),
          new Drug("atorvastatina", List.of("40 mg/día", "80 mg por la noche")),
          new Drug("omeprazol", List.of("20 mg en ayunas", "40 mg/día")),
          new Drug("paracetamol", List.of("1 g cada 8 horas", "650 mg cada 6 horas si dolor")),
          new Drug("ibuprofeno", List.of("600 mg cada 8 horas", "400 mg cada 8 horas con comida")),
          new Drug(
              "amoxicilina", List.of("500 mg cada 8 horas durante 7 días", "1 g cada 8 horas")),
          new Drug("amoxicilina-clavulánico", List.of("875/125 mg cada 8 horas durante 7 días")),
          new Drug("levotiroxina", List.of("50 µg/día en ayunas", "75 µg/día", "100 µg/día")),
          new Drug("furosemida", List.of("40 mg/día", "20 mg cada 12 horas")),
          new Drug("warfarina", List.of("según pauta de Hematología", "5 mg/día ajustada a INR")),
          new Drug("clopidogrel", List.of("75 mg/día")),
          new Drug("salbutamol", List.of("100 µg 2 inhalaciones a demanda")),
          new Drug("prednisona", List.of("30 mg/día durante 5 días", "5 mg/día")),
          new Drug("alopurinol", List.of("100 mg/día", "300 mg/día")),
          new Drug("carvedilol", List.of("6,25 mg cada 12 horas", "25 mg cada 12 horas")),
          new Drug("digoxina", List.of("0,125 mg/día")),
          new Drug("loratadina", List.of("10 mg/día")),
          new Drug("sertralina", List.of("50 mg/día", "100 mg/día")),
          new Drug("lorazepam", List.of("1 mg por la noche")),
          new Drug("nitrofurantoína", List.of("100 mg cada 12 horas durante 5 días")),
          new Drug("ceftriaxona", List.of("2 g IV cada 24 horas", "1 g IV cada 24 horas")),
          new Drug("insulina glargina", List.of("20 UI por la noche", "14 UI/día")),
          new Drug("alendronato", List.of("70 mg semanal")),
          new Drug("naproxeno", List.of("500 mg cada 12 horas")),
          new Drug("sulfato ferroso", List.of("325 mg/día", "80 mg de hierro al día")),
          new Drug("metotrexato", List.of("15 mg semanal")),
          new Drug("fluticasona", List.of("250 µg cada 12 horas inhalada")),
          new Drug("diclofenaco", List.of("50 mg cada 8 horas")));

  static final List<LabTest> LABS =
      List.of(
          new LabTest("hemoglobina", "Hb", "g/dL", 1, 8.5, 16.5, 12.0, 16.0),
          new LabTest("hematocrito", "Hto", "%", 1, 28, 50, 36, 48),
          new LabTest("leucocitos", "leucocitos", "/µL", 0, 3500, 18000, 4000, 10000),
          new LabTest("plaquetas", "plaquetas", "/µL", 0, 120000, 450000, 150000, 400000),
          new LabTest("glucosa", "glucosa", "mg/dL", 0, 70, 260, 70, 110),
          new LabTest("creatinina", "Cr", "mg/dL", 2, 0.6, 2.4, 0.6, 1.2),
          new LabTest("urea", "urea", "mg/dL", 0, 18, 110, 15, 50),
          new LabTest("sodio", "Na", "mmol/L", 0, 128, 146, 135, 145),
          new LabTest("potasio", "K", "mmol/L", 1, 3.2, 5.8, 3.5, 5.1),
          new LabTest("colesterol total", "colesterol total", "mg/dL", 0, 140, 290, 0, 200),
          new LabTest("colesterol LDL", "LDL", "mg/dL", 0, 60, 190, 0, 130),
          new LabTest("triglicéridos", "TG", "mg/dL", 0, 70, 320, 0, 150),
          new LabTest("hemoglobina glicada", "HbA1c", "%", 1, 5.2, 10.5, 4.0, 6.0),
          new LabTest("proteína C reactiva", "PCR", "mg/L", 0, 5, 240, 0, 5),
          new LabTest("TSH", "TSH", "mUI/L", 2, 0.4, 9.5, 0.35, 4.94),
          new LabTest("ALT", "GPT", "U/L", 0, 10, 120, 0, 41),
          new LabTest("AST", "GOT", "U/L", 0, 10, 110, 0, 40),
          new LabTest("ferritina", "ferritina", "ng/mL", 0, 5, 450, 15, 300),
          new LabTest("INR", "INR", "", 1, 0.9, 3.8, 0.8, 1.2),
          new LabTest("NT-proBNP", "NT-proBNP", "pg/mL", 0, 80, 9000, 0, 125),
          new LabTest("troponina I ultrasensible", "troponina I", "ng/L", 0, 2, 900, 0, 34),
          new LabTest("bilirrubina total", "bilirrubina", "mg/dL", 1, 0.3, 3.2, 0.2, 1.2),
          new LabTest("albúmina", "albúmina", "g/dL", 1, 2.6, 4.9, 3.5, 5.2),
          new LabTest("ácido úrico", "ácido úrico", "mg/dL", 1, 3, 10, 3.4, 7.0));

  private SpanishClinicalLexicon() {}
}
