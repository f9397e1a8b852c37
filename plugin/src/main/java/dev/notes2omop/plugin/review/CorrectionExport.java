package dev.notes2omop.plugin.review;

import dev.notes2omop.omop.schema.SchemaNames;
import java.io.IOException;
import java.io.Writer;
import javax.sql.DataSource;

/** Writes the stored corrections' training records, for {@code review export --records}. */
public final class CorrectionExport {

  private CorrectionExport() {}

  /**
   * Writes one JSON record per line, sorted by id.
   *
   * @return the number of records
   */
  public static int write(DataSource dataSource, SchemaNames names, Writer out) throws IOException {
    return new CorrectionRecords(dataSource, names).export(out);
  }
}
