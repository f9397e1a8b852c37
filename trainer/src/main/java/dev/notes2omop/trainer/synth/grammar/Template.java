package dev.notes2omop.trainer.synth.grammar;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.RecordKind;
import java.util.List;
import java.util.Set;

/**
 * A parsed template.
 *
 * @param id {@code <family>.<3-digit number>}, e.g. {@code alta.antecedentes.004}
 * @param family {@code <note type>.<section>}, e.g. {@code alta.antecedentes}
 * @param kind the kind of the records it makes
 * @param parts what it writes
 * @param headers the family's section headers, for {@link Part.Header}
 * @param labels the labels every record made from it holds
 */
record Template(
    String id,
    String family,
    RecordKind kind,
    List<Part> parts,
    List<String> headers,
    Set<EntityLabel> labels) {

  Template {
    parts = List.copyOf(parts);
    headers = List.copyOf(headers);
    labels = Set.copyOf(labels);
  }
}
