package dev.notes2omop.trainer.synth.validate;

import dev.notes2omop.trainer.data.BioTagging;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The checks of one record on its own (duplicates are {@link DuplicateIndex}'s). */
final class RecordRules {

  private final ConceptDomains domains;
  private final RuleOptions options;

  RecordRules(ConceptDomains domains, RuleOptions options) {
    this.domains = domains;
    this.options = options;
  }

  /** The reasons to reject {@code record}, in the order checked; empty when it passes. */
  List<String> check(SynthRecord record) {
    Set<String> reasons = new LinkedHashSet<>();
    String text = record.text();
    if (text.isBlank()) {
      reasons.add(Reasons.EMPTY_TEXT);
    }
    if (text.length() > options.maxTextLength()) {
      reasons.add(Reasons.TOO_LONG);
    }
    boolean spansOk = checkSpans(record, reasons);
    if (spansOk) {
      checkTagging(record, reasons);
    }
    if (!BioTagging.isValid(record.tags()) || record.tags().size() != record.tokens().size()) {
      reasons.add(Reasons.BIO_INVALID);
    }
    checkLabels(record, reasons);
    checkKind(record, reasons);
    if (!text.isBlank() && !SpanishCheck.looksSpanish(text)) {
      reasons.add(Reasons.NOT_SPANISH);
    }
    return List.copyOf(reasons);
  }

  /** Bounds, text and order of the entities; false when tagging cannot be recomputed. */
  private static boolean checkSpans(SynthRecord record, Set<String> reasons) {
    String text = record.text();
    int previousEnd = 0;
    boolean ok = true;
    for (SynthEntity entity : record.entities()) {
      if (entity.start() < 0 || entity.end() > text.length() || entity.end() <= entity.start()) {
        reasons.add(Reasons.SPAN_OUT_OF_BOUNDS);
        ok = false;
        continue;
      }
      if (!text.substring(entity.start(), entity.end()).equals(entity.text())) {
        reasons.add(Reasons.SPAN_MISMATCH);
      }
      if (entity.start() < previousEnd) {
        reasons.add(Reasons.SPAN_OVERLAP);
        ok = false;
      }
      previousEnd = Math.max(previousEnd, entity.end());
    }
    return ok;
  }

  private static void checkTagging(SynthRecord record, Set<String> reasons) {
    BioTagging.Tagged expected;
    try {
      expected = BioTagging.tag(record.text(), record.entities());
    } catch (IllegalArgumentException e) {
      reasons.add(Reasons.SPAN_NOT_TOKEN);
      return;
    }
    if (!expected.tokens().equals(record.tokens()) || !expected.tags().equals(record.tags())) {
      reasons.add(Reasons.BIO_MISMATCH);
    }
  }

  private void checkLabels(SynthRecord record, Set<String> reasons) {
    for (SynthEntity entity : record.entities()) {
      if (entity.concept() == null) {
        continue;
      }
      if (!domains.knows(entity.concept())) {
        if (options.rejectUnknownConcepts()) {
          reasons.add(Reasons.UNKNOWN_CONCEPT);
        }
      } else if (!domains.agrees(entity.concept(), entity.label())) {
        reasons.add(Reasons.LABEL_DOMAIN);
      }
    }
  }

  private static void checkKind(SynthRecord record, Set<String> reasons) {
    RecordKind kind = record.meta().kind();
    boolean hasEntities = !record.entities().isEmpty();
    if (kind == RecordKind.POSITIVE && !hasEntities || kind == RecordKind.NEGATIVE && hasEntities) {
      reasons.add(Reasons.KIND_MISMATCH);
    }
  }
}
