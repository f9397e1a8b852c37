package dev.notes2omop.trainer.data;

import java.util.List;
import java.util.Objects;

/**
 * Where a record came from.
 *
 * @param generator the tutor that wrote it, e.g. {@code grammar-1} or {@code openai:gpt-4o-mini}
 * @param template the template (or prompt) it was made from, e.g. {@code alta.antecedentes.017}
 * @param family the template family, the unit that splits keep apart, e.g. {@code
 *     alta.antecedentes}
 * @param kind positive, negative or hard negative
 * @param validatedBy the validators that accepted it, in order
 */
public record RecordMeta(
    String generator, String template, String family, RecordKind kind, List<String> validatedBy) {

  public RecordMeta {
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(kind, "kind");
    validatedBy = List.copyOf(validatedBy);
  }

  /** This meta with {@code validator} added to {@link #validatedBy()}. */
  public RecordMeta validatedBy(String validator) {
    List<String> all = new java.util.ArrayList<>(validatedBy);
    all.add(validator);
    return new RecordMeta(generator, template, family, kind, all);
  }
}
