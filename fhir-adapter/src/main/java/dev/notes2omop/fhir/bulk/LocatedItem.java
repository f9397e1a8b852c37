package dev.notes2omop.fhir.bulk;

import dev.notes2omop.fhir.FhirItem;
import java.util.Objects;

/**
 * An item read from a bulk file, with where it came from.
 *
 * @param file the file, as given to the reader
 * @param line the 1-based line of an NDJSON file; 1 for every item of a {@code .json} file
 * @param item what the resource on that line turned into
 */
public record LocatedItem(String file, long line, FhirItem item) {

  public LocatedItem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(item, "item");
  }

  /** {@code FILE:LINE}, for reports. */
  public String location() {
    return file + ":" + line;
  }
}
