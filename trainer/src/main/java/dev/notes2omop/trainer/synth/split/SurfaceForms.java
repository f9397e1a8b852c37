package dev.notes2omop.trainer.synth.split;

import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import java.util.Set;
import java.util.TreeSet;

/** Surface forms of entities, normalised so that case, accents and spacing do not count. */
public final class SurfaceForms {

  private SurfaceForms() {}

  /** {@code text} folded (lower case, no accents), runs of spaces and punctuation as one space. */
  public static String normalise(String text) {
    return TextFolding.key(text);
  }

  /** The distinct normalised forms of a record's entities. */
  public static Set<String> of(SynthRecord record) {
    Set<String> forms = new TreeSet<>();
    for (SynthEntity entity : record.entities()) {
      forms.add(normalise(entity.text()));
    }
    return forms;
  }

  /** A record's text as compared across splits: {@link #normalise} of the whole text. */
  public static String textKey(SynthRecord record) {
    return TextFolding.key(record.text());
  }
}
