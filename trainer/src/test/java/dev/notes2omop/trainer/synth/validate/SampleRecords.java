package dev.notes2omop.trainer.synth.validate;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.ConceptRef;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.RecordMeta;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import java.util.ArrayList;
import java.util.List;

/** Records for tests, built from text with the mentions marked in brackets. */
public final class SampleRecords {

  /** Concepts of the bundled lexicon. */
  public static final ConceptRef HTA = new ConceptRef("SNOMED", "59621000");

  public static final ConceptRef METFORMINA = new ConceptRef("RxNorm", "6809");
  public static final ConceptRef HBA1C = new ConceptRef("LOINC", "4548-4");
  public static final ConceptRef COLECISTECTOMIA = new ConceptRef("SNOMED", "38102005");
  public static final ConceptRef MMHG = new ConceptRef("UCUM", "mm[Hg]");

  private SampleRecords() {}

  /**
   * A record of {@code marked} text, where {@code [words]} are mentions of {@code labels} (one per
   * bracket, in order) without a concept. Positive when it has mentions, negative when not.
   */
  public static SynthRecord record(String id, String family, String marked, EntityLabel... labels) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    int start = -1;
    for (char c : marked.toCharArray()) {
      if (c == '[') {
        start = text.length();
      } else if (c == ']') {
        spans.add(new int[] {start, text.length()});
      } else {
        text.append(c);
      }
    }
    List<SynthEntity> entities = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      entities.add(
          new SynthEntity(
              s[0], s[1], labels[i], text.substring(s[0], s[1]), null, Assertion.AFFIRMED));
    }
    RecordKind kind = entities.isEmpty() ? RecordKind.NEGATIVE : RecordKind.POSITIVE;
    return SynthRecord.of(id, text.toString(), entities, meta(family + ".001", family, kind));
  }

  public static RecordMeta meta(String template, String family, RecordKind kind) {
    return new RecordMeta("test", template, family, kind, List.of());
  }

  /** {@code record} with its entities given these concepts, in order. */
  public static SynthRecord withConcepts(SynthRecord record, ConceptRef... concepts) {
    List<SynthEntity> entities = new ArrayList<>();
    for (int i = 0; i < record.entities().size(); i++) {
      SynthEntity e = record.entities().get(i);
      entities.add(
          new SynthEntity(e.start(), e.end(), e.label(), e.text(), concepts[i], e.assertion()));
    }
    return SynthRecord.of(record.id(), record.text(), entities, record.meta());
  }
}
