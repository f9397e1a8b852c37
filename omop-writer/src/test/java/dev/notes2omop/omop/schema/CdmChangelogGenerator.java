package dev.notes2omop.omop.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Generates the CDM v5.4 Liquibase changelog and the field list {@link SchemaMigrator} checks an
 * existing schema against, from the OHDSI field-level CSV.
 *
 * <p>Regenerate after the CSV changes (from the repository root):
 *
 * <pre>
 * ./mvnw -q -pl omop-writer -am verify -Dtest=CdmChangelogIsGeneratedFromSpecTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dnotes2omop.regenerate-changelog=true
 * </pre>
 *
 * or run {@link #main} with the CSV and the module's {@code src/main/resources} directory. {@code
 * CdmChangelogIsGeneratedFromSpecTest} fails when the committed files differ from what this
 * generates.
 */
final class CdmChangelogGenerator {

  static final String CHANGELOG = "db/changelog/cdm/cdm-v5.4.xml";
  static final String FIELDS = "db/changelog/cdm/cdm-v5.4-fields.csv";

  private CdmChangelogGenerator() {}

  /** The generated files by their path under {@code src/main/resources}. */
  static Map<String, String> generate(CdmSpec spec) {
    return Map.of(CHANGELOG, changelog(spec), FIELDS, fields(spec));
  }

  static String changelog(CdmSpec spec) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<!-- GENERATED from OMOP_CDMv5.4_Field_Level.csv by CdmChangelogGenerator")
        .append(" (omop-writer test sources): do not edit.\n")
        .append("     One changeSet per CDM table; a table that already exists is left alone")
        .append(" (MARK_RAN)\n     and checked against cdm-v5.4-fields.csv by SchemaMigrator.")
        .append(" -->\n");
    xml.append("<databaseChangeLog\n")
        .append("    xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n")
        .append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
        .append("    xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog")
        .append(" http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd\"\n")
        .append("    logicalFilePath=\"notes2omop/cdm-v5.4.xml\">\n");
    for (Map.Entry<String, List<CdmSpec.Field>> table : spec.tables().entrySet()) {
      String name = table.getKey();
      xml.append('\n');
      xml.append("  <changeSet id=\"cdm-v5.4-")
          .append(name)
          .append("\" author=\"notes2omop\"")
          .append(" objectQuotingStrategy=\"QUOTE_ONLY_RESERVED_WORDS\">\n");
      xml.append("    <preConditions onFail=\"MARK_RAN\">\n")
          .append("      <not><tableExists schemaName=\"${cdmSchema}\" tableName=\"")
          .append(name)
          .append("\"/></not>\n")
          .append("    </preConditions>\n");
      xml.append("    <createTable schemaName=\"${cdmSchema}\" tableName=\"")
          .append(name)
          .append("\">\n");
      for (CdmSpec.Field field : table.getValue()) {
        xml.append("      <column name=\"")
            .append(field.name())
            .append("\" type=\"")
            .append(field.postgresType())
            .append('"');
        if (!field.required() && !field.primaryKey()) {
          xml.append("/>\n");
          continue;
        }
        xml.append(">\n        <constraints nullable=\"false\"");
        if (field.primaryKey()) {
          xml.append(" primaryKey=\"true\" primaryKeyName=\"xpk_").append(name).append('"');
        }
        xml.append("/>\n      </column>\n");
      }
      xml.append("    </createTable>\n");
      xml.append("  </changeSet>\n");
    }
    xml.append("</databaseChangeLog>\n");
    return xml.toString();
  }

  static String fields(CdmSpec spec) {
    StringBuilder csv = new StringBuilder();
    csv.append(
        "# GENERATED from OMOP_CDMv5.4_Field_Level.csv by CdmChangelogGenerator: do not edit\n");
    csv.append("table,field,type,required,primary_key\n");
    for (List<CdmSpec.Field> fields : spec.tables().values()) {
      for (CdmSpec.Field field : fields) {
        csv.append(field.table())
            .append(',')
            .append(field.name())
            .append(',')
            .append(field.postgresType())
            .append(',')
            .append(field.required() ? "yes" : "no")
            .append(',')
            .append(field.primaryKey() ? "yes" : "no")
            .append('\n');
      }
    }
    return csv.toString();
  }

  /** Writes the files under {@code resources}. */
  static void write(CdmSpec spec, Path resources) throws IOException {
    for (Map.Entry<String, String> file : generate(spec).entrySet()) {
      Path target = resources.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }

  /**
   * {@code args[0]}: the field-level CSV; {@code args[1]}: the {@code src/main/resources} directory
   * to write into.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: CdmChangelogGenerator <OMOP_CDMv5.4_Field_Level.csv> <src/main/resources>");
    }
    write(CdmSpec.read(Path.of(args[0])), Path.of(args[1]));
  }
}
