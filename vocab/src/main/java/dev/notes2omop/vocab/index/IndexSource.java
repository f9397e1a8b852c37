package dev.notes2omop.vocab.index;

import dev.notes2omop.vocab.SqlIdentifiers;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What a concept index is built from.
 *
 * @param dataSource the database holding the CDM vocabulary tables
 * @param cdmSchema their schema, e.g. {@code cdm}
 * @param lexicon the lexicon whose terms are indexed and whose abbreviations are expanded
 * @param extraTerms terms the caller adds, e.g. steward overrides (small: held in memory)
 */
public record IndexSource(
    DataSource dataSource, String cdmSchema, Lexicon lexicon, List<IndexTerm> extraTerms) {

  public IndexSource {
    Objects.requireNonNull(dataSource, "dataSource");
    cdmSchema = SqlIdentifiers.schema(cdmSchema);
    Objects.requireNonNull(lexicon, "lexicon");
    extraTerms = List.copyOf(extraTerms);
  }

  /** A source without extra terms. */
  public static IndexSource of(DataSource dataSource, String cdmSchema, Lexicon lexicon) {
    return new IndexSource(dataSource, cdmSchema, lexicon, List.of());
  }
}
