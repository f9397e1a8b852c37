package dev.notes2omop.plugin.review;

/**
 * A steward's correction of one mention, or a missed one.
 *
 * @param noteNlpId the mention corrected, or the mention whose snippet showed the missed one
 * @param kind what is wrong
 * @param text the corrected (or missed) mention's text, as it is written in the snippet; null for a
 *     label correction
 * @param label the right label ({@code CONDITION}, ...); null for a boundary correction
 */
public record Correction(long noteNlpId, CorrectionKind kind, String text, String label) {}
