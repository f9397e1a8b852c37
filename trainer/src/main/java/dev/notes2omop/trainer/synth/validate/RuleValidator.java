package dev.notes2omop.trainer.synth.validate;

import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.Validator;
import dev.notes2omop.trainer.synth.Verdict;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule checks every record goes through (id {@value #ID}).
 *
 * <p>On each record: the text is not blank and not longer than {@link RuleOptions#maxTextLength()};
 * entity spans are in bounds, equal {@code text.substring(start, end)}, ordered and not
 * overlapping, and start and end on token bounds; tokens and tags are those {@code BioTagging.tag}
 * computes, and a valid BIO sequence; each entity's label is that of its concept's domain in the
 * lexicon (a concept not in the lexicon is {@code unknown-concept} unless {@link
 * RuleOptions#rejectUnknownConcepts()} is off); a negative record has no entities and a positive
 * one at least one (hard negatives may hold negated mentions); the text looks Spanish ({@link
 * SpanishCheck}).
 *
 * <p>Across records: a record that passes those checks but repeats or nearly repeats an earlier
 * accepted one is rejected ({@link DuplicateIndex}). The validator remembers what it accepted
 * across calls, so that records of a later batch are compared with earlier batches too: use one
 * instance per data set. Not thread-safe.
 *
 * <p>The reasons are the constants of {@link Reasons}.
 */
public final class RuleValidator implements Validator {

  /** The id written in {@code meta.validated_by}. */
  public static final String ID = "rules-1";

  private static final Logger log = LoggerFactory.getLogger(RuleValidator.class);

  private final RecordRules rules;
  private final DuplicateIndex seen;

  /** Rules with the bundled Spanish lexicon and the default options. */
  public RuleValidator() {
    this(Lexicon.bundledSpanish(), RuleOptions.defaults());
  }

  /** Rules checking labels against {@code lexicon}'s domains. */
  public RuleValidator(Lexicon lexicon, RuleOptions options) {
    this.rules = new RecordRules(ConceptDomains.of(lexicon), options);
    this.seen = new DuplicateIndex(options.nearDuplicateJaccard());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Verdict> validate(List<SynthRecord> records) {
    List<Verdict> verdicts = new ArrayList<>(records.size());
    for (SynthRecord record : records) {
      List<String> reasons = rules.check(record);
      if (reasons.isEmpty()) {
        String repeated = seen.checkAndAdd(record.text());
        reasons = repeated == null ? List.of() : List.of(repeated);
      }
      if (reasons.isEmpty()) {
        verdicts.add(Verdict.accept(record.id()));
      } else {
        log.debug("rejected {}: {} ({})", record.id(), reasons, record.text());
        verdicts.add(new Verdict(record.id(), false, reasons));
      }
    }
    return verdicts;
  }
}
