package dev.notes2omop.trainer.synth.run;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.GenerationRequest;
import dev.notes2omop.trainer.synth.Tutor;
import dev.notes2omop.trainer.synth.validate.SampleRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic tutor of made-up records: each has one to three mentions of 2,000 surface forms
 * of skewed frequency, in 50 families; every eighth is negative. A share of records is spoilt (a
 * positive record marked negative), and the texts can be limited to a small set so that most
 * repeat.
 */
final class FakeTutor implements Tutor {

  private final double spoiltShare;
  private final int distinctTexts;
  int calls;

  FakeTutor(double spoiltShare, int distinctTexts) {
    this.spoiltShare = spoiltShare;
    this.distinctTexts = distinctTexts;
  }

  @Override
  public String id() {
    return "fake-1";
  }

  @Override
  public List<SynthRecord> generate(GenerationRequest request) {
    calls++;
    Random random = new Random(request.seed());
    List<SynthRecord> out = new ArrayList<>();
    for (int i = 0; i < request.count(); i++) {
      int textNumber = random.nextInt(distinctTexts);
      Random text = new Random(textNumber);
      String family = "fam" + letters(text.nextInt(50));
      String id = "fake-" + request.seed() + "-" + String.format("%06d", i);
      String words = letters(text.nextInt(1 << 20)) + " " + letters(text.nextInt(1 << 20));
      SynthRecord record;
      if (textNumber % 8 == 0) {
        record =
            SampleRecords.record(id, family, "Revisión " + words + " sin hallazgos de interés.");
      } else {
        int mentions = 1 + text.nextInt(3);
        StringBuilder marked = new StringBuilder("Paciente " + words + ":");
        EntityLabel[] labels = new EntityLabel[mentions];
        for (int m = 0; m < mentions; m++) {
          int form = (int) Math.floor(2_000 * Math.pow(text.nextDouble(), 2.5));
          marked.append(" con [termino").append(letters(form)).append("]");
          labels[m] = EntityLabel.values()[form % 4];
        }
        record = SampleRecords.record(id, family, marked.append(" en control.").toString(), labels);
        if (random.nextDouble() < spoiltShare) {
          record =
              record.withMeta(
                  SampleRecords.meta(record.meta().template(), family, RecordKind.NEGATIVE));
        }
      }
      out.add(record);
    }
    return out;
  }

  /** {@code n} in letters, so that records differ in more than digits. */
  static String letters(int n) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return sb.toString();
  }
}
