package dev.notes2omop.trainer.selftrain;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.tagger.dictionary.DictionaryTagger;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.tagger.neural.TaggerPredictor;
import dev.notes2omop.tagger.text.Tokens;
import dev.notes2omop.trainer.data.SilverRecords;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.data.UnlabeledNote;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Marks silver spans on unlabeled notes: the gazetteer's terms as written (precise, and they know
 * no context), then the words {@link WordFormationRules} mark, then, with a model, the model's
 * spans; each source only where the ones before it marked nothing. What neither marks stays {@code
 * O}, which training counts only in part ({@link
 * dev.notes2omop.trainer.model.ModelTrainer.SilverSet}).
 */
public final class SilverTeacher {

  private final DictionaryTagger dictionary;
  private final WordFormationRules rules;

  /**
   * @param terms the terms it marks (the lexicon's, as the model's gazetteer, and a site's)
   * @param rules the word-formation rules, or null for none
   */
  public SilverTeacher(List<DictionaryTerm> terms, WordFormationRules rules) {
    this.dictionary = new DictionaryTagger(terms);
    this.rules = rules;
  }

  /** What a teaching pass made, and where its spans came from. */
  public record Taught(
      List<SynthRecord> records, long termSpans, long ruleSpans, long modelSpans, long dropped) {

    public long spans() {
      return termSpans + ruleSpans + modelSpans;
    }
  }

  /**
   * Silver records of {@code notes}, one per note, in order.
   *
   * @param model the model whose spans are added to the terms', or null for the terms alone
   * @param progress called with the number of notes done so far
   */
  public Taught teach(List<UnlabeledNote> notes, TaggerPredictor model, IntConsumer progress) {
    List<SynthRecord> records = new ArrayList<>(notes.size());
    long fromTerms = 0;
    long fromRules = 0;
    long fromModel = 0;
    long dropped = 0;
    String teacher = (rules == null ? "terms" : "terms+rules") + (model == null ? "" : "+model");
    for (int i = 0; i < notes.size(); i++) {
      UnlabeledNote note = notes.get(i);
      List<SynthEntity> entities = new ArrayList<>();
      for (Mention m : dictionary.tag(note.text())) {
        entities.add(new SynthEntity(m.start(), m.end(), m.label(), m.text(), null, m.assertion()));
      }
      int terms = entities.size();
      if (rules != null) {
        for (WordFormationRules.Marked w : rules.mark(note.text())) {
          if (!overlapsAny(w.start(), w.end(), entities, terms)) {
            entities.add(
                new SynthEntity(
                    w.start(),
                    w.end(),
                    w.label(),
                    note.text().substring(w.start(), w.end()),
                    null,
                    Assertion.AFFIRMED));
          }
        }
      }
      int termsAndRules = entities.size();
      if (model != null) {
        for (TagSpan s : model.spans(Tokens.of(note.text()))) {
          if (!overlapsAny(s.start(), s.end(), entities, termsAndRules)) {
            entities.add(
                new SynthEntity(
                    s.start(),
                    s.end(),
                    s.label(),
                    note.text().substring(s.start(), s.end()),
                    null,
                    Assertion.AFFIRMED));
          }
        }
      }
      SilverRecords.Made made =
          SilverRecords.fromEntities(note.id(), note.text(), entities, teacher);
      records.add(made.record());
      dropped += made.dropped();
      int kept = made.record().entities().size();
      int keptTerms = Math.min(terms, kept);
      fromTerms += keptTerms;
      fromModel += kept - keptTerms;
      progress.accept(i + 1);
    }
    return new Taught(records, fromTerms, fromRules, fromModel, dropped);
  }

  private static boolean overlapsAny(int start, int end, List<SynthEntity> entities, int n) {
    for (int i = 0; i < n; i++) {
      SynthEntity e = entities.get(i);
      if (start < e.end() && e.start() < end) {
        return true;
      }
    }
    return false;
  }
}
