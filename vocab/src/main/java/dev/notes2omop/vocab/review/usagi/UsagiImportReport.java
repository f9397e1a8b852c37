package dev.notes2omop.vocab.review.usagi;

/**
 * What an import did.
 *
 * @param rows the data rows read
 * @param created decisions created
 * @param updated decisions changed
 * @param unchanged decisions already as in the file
 * @param skipped rows that hold no decision (no concept and not reviewed: what Usagi writes for a
 *     code nobody has mapped)
 */
public record UsagiImportReport(int rows, int created, int updated, int unchanged, int skipped) {}
