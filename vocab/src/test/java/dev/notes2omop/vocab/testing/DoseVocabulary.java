package dev.notes2omop.vocab.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small vocabulary, loaded on top of the Eunomia samples, with what they lack for dose-aware
 * drugs, routes and qualitative results (Athena's tab-separated layout).
 *
 * <ul>
 *   <li>Route concepts with their public OMOP ids and SNOMED codes: 4132161 Oral (26643006),
 *       4171047 Intravenous (47625008), 4142048 Subcutaneous (34206005).
 *   <li>Meas Value concepts with their public OMOP ids and LOINC answer codes: 45884084 Positive
 *       (LA6576-8), 45878583 Negative (LA6577-6); the Meas Value Operator 4171756 {@code <}.
 *   <li>The RxNorm dose form Oral Tablet, 19082573 (code 317541).
 *   <li>Enalapril products of the samples' ingredient enalapril (1341927): their names are RxNorm's
 *       style, but their ids ({@code 2_000_000_0xx}) and codes ({@code FIXTURE-x}) are invented for
 *       the test, as are their DRUG_STRENGTH and CONCEPT_RELATIONSHIP rows (amount in 8576
 *       milligram, a UCUM concept of the samples). They stand for what a full Athena download has.
 * </ul>
 */
public final class DoseVocabulary {

  public static final int ORAL = 4132161;
  public static final int INTRAVENOUS = 4171047;
  public static final int SUBCUTANEOUS = 4142048;
  public static final int POSITIVE = 45884084;
  public static final int NEGATIVE = 45878583;
  public static final int LESS_THAN = 4171756;
  public static final int ORAL_TABLET_FORM = 19082573;
  public static final int ENALAPRIL = 1341927;
  public static final int ENALAPRIL_20_TABLET = 2_000_000_001;
  public static final int ENALAPRIL_5_TABLET = 2_000_000_002;
  public static final int ENALAPRIL_TABLET_FORM = 2_000_000_003;
  public static final int ENALAPRILAT_SOLUTION = 2_000_000_004;

  private DoseVocabulary() {}

  /** Writes the vocabulary's files into {@code dir} and returns it. */
  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    String concepts =
        "concept_id\tconcept_name\tdomain_id\tvocabulary_id\tconcept_class_id\tstandard_concept"
            + "\tconcept_code\tvalid_start_date\tvalid_end_date\tinvalid_reason\n"
            + row(ORAL, "Oral", "Route", "SNOMED", "Qualifier Value", "S", "26643006")
            + row(INTRAVENOUS, "Intravenous", "Route", "SNOMED", "Qualifier Value", "S", "47625008")
            + row(
                SUBCUTANEOUS, "Subcutaneous", "Route", "SNOMED", "Qualifier Value", "S", "34206005")
            + row(POSITIVE, "Positive", "Meas Value", "LOINC", "Answer", "S", "LA6576-8")
            + row(NEGATIVE, "Negative", "Meas Value", "LOINC", "Answer", "S", "LA6577-6")
            + row(
                LESS_THAN,
                "<",
                "Meas Value Operator",
                "Meas Value Operator",
                "Meas Value Operator",
                "S",
                "<")
            + row(ORAL_TABLET_FORM, "Oral Tablet", "Drug", "RxNorm", "Dose Form", "", "317541")
            + row(
                ENALAPRIL_20_TABLET,
                "enalapril maleate 20 MG Oral Tablet",
                "Drug",
                "RxNorm",
                "Clinical Drug",
                "S",
                "FIXTURE-1")
            + row(
                ENALAPRIL_5_TABLET,
                "enalapril maleate 5 MG Oral Tablet",
                "Drug",
                "RxNorm",
                "Clinical Drug",
                "S",
                "FIXTURE-2")
            + row(
                ENALAPRIL_TABLET_FORM,
                "enalapril Oral Tablet",
                "Drug",
                "RxNorm",
                "Clinical Drug Form",
                "S",
                "FIXTURE-3")
            + row(
                ENALAPRILAT_SOLUTION,
                "enalaprilat 1.25 MG/ML Injectable Solution",
                "Drug",
                "RxNorm",
                "Clinical Drug",
                "S",
                "FIXTURE-4");
    Files.writeString(dir.resolve("CONCEPT.csv"), concepts, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("DRUG_STRENGTH.csv"),
        "drug_concept_id\tingredient_concept_id\tamount_value\tamount_unit_concept_id"
            + "\tnumerator_value\tnumerator_unit_concept_id\tdenominator_value"
            + "\tdenominator_unit_concept_id\tbox_size\tvalid_start_date\tvalid_end_date"
            + "\tinvalid_reason\n"
            + ENALAPRIL_20_TABLET
            + "\t"
            + ENALAPRIL
            + "\t20\t8576\t\t\t\t\t\t19700101\t20991231\t\n"
            + ENALAPRIL_5_TABLET
            + "\t"
            + ENALAPRIL
            + "\t5\t8576\t\t\t\t\t\t19700101\t20991231\t\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("CONCEPT_RELATIONSHIP.csv"),
        "concept_id_1\tconcept_id_2\trelationship_id\tvalid_start_date\tvalid_end_date"
            + "\tinvalid_reason\n"
            + relationship(ENALAPRIL_20_TABLET, ORAL_TABLET_FORM, "RxNorm has dose form")
            + relationship(ENALAPRIL_5_TABLET, ORAL_TABLET_FORM, "RxNorm has dose form")
            + relationship(ENALAPRIL_TABLET_FORM, ENALAPRIL, "RxNorm has ing")
            + relationship(ENALAPRIL_TABLET_FORM, ORAL_TABLET_FORM, "RxNorm has dose form"),
        StandardCharsets.UTF_8);
    return dir;
  }

  private static String row(
      int id,
      String name,
      String domain,
      String vocabulary,
      String conceptClass,
      String standard,
      String code) {
    return String.join(
            "\t",
            Integer.toString(id),
            name,
            domain,
            vocabulary,
            conceptClass,
            standard,
            code,
            "19700101",
            "20991231",
            "")
        + "\n";
  }

  private static String relationship(int from, int to, String relationship) {
    return from + "\t" + to + "\t" + relationship + "\t19700101\t20991231\t\n";
  }
}
