package dev.notes2omop.vocab.index;

import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.load.LoadProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A hand-made vocabulary in Athena's tab-separated layout, small enough to read in a test. */
final class TinyVocabulary {

  static final int HYPERTENSION = 100;
  static final int PNEUMONIA = 101;
  static final int ICD10_HYPERTENSION = 200;
  static final int DEPRECATED = 500;
  static final int ACETAMINOPHEN = 300;
  static final int MG_PER_DL = 400;
  static final int GREATER_OR_EQUAL = 4171755;
  static final int ADDED_LATER = 102;

  private static final String CONCEPT_HEADER =
      "concept_id\tconcept_name\tdomain_id\tvocabulary_id\tconcept_class_id\tstandard_concept"
          + "\tconcept_code\tvalid_start_date\tvalid_end_date\tinvalid_reason";

  private TinyVocabulary() {}

  /** Writes the vocabulary into {@code dir}; {@code withAddedConcept} adds concept 102. */
  static Path write(Path dir, boolean withAddedConcept) throws IOException {
    Files.createDirectories(dir);
    List<String> concepts = new ArrayList<>();
    concepts.add(CONCEPT_HEADER);
    concepts.add(
        row(HYPERTENSION, "Essential hypertension", "Condition", "SNOMED", "S", "59621000"));
    concepts.add(row(PNEUMONIA, "Pneumonia", "Condition", "SNOMED", "S", "233604007"));
    concepts.add(
        row(
            ICD10_HYPERTENSION,
            "Essential (primary) hypertension",
            "Condition",
            "ICD10CM",
            "",
            "I10"));
    concepts.add(
        row(DEPRECATED, "Obsolete thoracic thing", "Condition", "SNOMED", "", "999999")
            .replace("20991231\t", "20200101\tD"));
    concepts.add(row(ACETAMINOPHEN, "acetaminophen", "Drug", "RxNorm", "S", "161"));
    concepts.add(row(MG_PER_DL, "milligram per deciliter", "Unit", "UCUM", "S", "mg/dL"));
    concepts.add(
        row(GREATER_OR_EQUAL, ">=", "Meas Value Operator", "Meas Value Operator", "S", ">="));
    if (withAddedConcept) {
      concepts.add(row(ADDED_LATER, "Bronchiolitis", "Condition", "SNOMED", "S", "4120002"));
    }
    concepts.add("");
    Files.writeString(
        dir.resolve("CONCEPT.csv"), String.join("\n", concepts), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("CONCEPT_RELATIONSHIP.csv"),
        "concept_id_1\tconcept_id_2\trelationship_id\tvalid_start_date\tvalid_end_date"
            + "\tinvalid_reason\n"
            + ICD10_HYPERTENSION
            + "\t"
            + HYPERTENSION
            + "\tMaps to\t19700101\t20991231\t\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("CONCEPT_SYNONYM.csv"),
        "concept_id\tconcept_synonym_name\tlanguage_concept_id\n"
            + PNEUMONIA
            + "\tNeumonía\t4182511\n",
        StandardCharsets.UTF_8);
    return dir;
  }

  static void load(DataSource db, Path dir) {
    new AthenaLoader(db, "cdm").load(dir, LoadProgress.NONE);
  }

  private static String row(
      int id, String name, String domain, String vocabulary, String standard, String code) {
    String conceptClass = "Drug".equals(domain) ? "Ingredient" : "Clinical Finding";
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
        "");
  }
}
