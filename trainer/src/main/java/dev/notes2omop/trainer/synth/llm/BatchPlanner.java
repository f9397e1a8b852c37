package dev.notes2omop.trainer.synth.llm;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.synth.GenerationRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plans what each record of a request should be, so that the request's shares hold: at least {@code
 * minNegativeShare} negatives and hard negatives (half each), and at least {@code minLabelShare} of
 * the records holding each label. The plan is shuffled with the seed and cut into batches.
 */
final class BatchPlanner {

  /**
   * What one record should be.
   *
   * @param kind its kind
   * @param labels labels it must hold (positive records only; empty: any)
   * @param focus the error pattern it is about, or {@code null}
   */
  record Spec(RecordKind kind, Set<EntityLabel> labels, String focus) {

    Spec {
      // an EnumSet keeps the labels in a fixed order, so that the same plan gives the same prompt
      labels = labels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(labels));
    }

    /** The line of the prompt's plan, e.g. {@code positive, with at least one DRUG}. */
    String describe() {
      StringBuilder out = new StringBuilder(kind.json());
      if (!labels.isEmpty()) {
        out.append(", with at least one ")
            .append(String.join(" and one ", labels.stream().map(Enum::name).toList()));
      }
      if (focus != null) {
        out.append("; about: ").append(focus);
      }
      return out.toString();
    }
  }

  private BatchPlanner() {}

  /**
   * The specs of {@code request}'s records, shuffled with {@code seed}, in batches of {@code size}.
   */
  static List<List<Spec>> plan(GenerationRequest request, long seed, int size) {
    List<Spec> specs = specs(request);
    Collections.shuffle(specs, new Random(seed));
    List<List<Spec>> batches = new ArrayList<>();
    for (int i = 0; i < specs.size(); i += size) {
      batches.add(List.copyOf(specs.subList(i, Math.min(specs.size(), i + size))));
    }
    return batches;
  }

  static List<Spec> specs(GenerationRequest request) {
    int count = request.count();
    int negatives = Math.min(count, (int) Math.ceil(count * request.minNegativeShare() - 1e-9));
    int positives = count - negatives;
    List<Set<EntityLabel>> labels = new ArrayList<>();
    for (int i = 0; i < positives; i++) {
      labels.add(EnumSet.noneOf(EntityLabel.class));
    }
    List<String> focus = request.focus();
    if (positives > 0 && focus.isEmpty()) {
      // label-major slots over the positive records: label L goes to q consecutive records (mod P),
      // so no record gets a label twice, and records get a second label only when 4q > P
      int perLabel = Math.min(positives, (int) Math.ceil(count * request.minLabelShare() - 1e-9));
      EntityLabel[] all = EntityLabel.values();
      for (int slot = 0; slot < all.length * perLabel; slot++) {
        labels.get(slot % positives).add(all[slot / perLabel]);
      }
      int next = 0;
      for (Set<EntityLabel> set : labels) {
        if (set.isEmpty()) {
          set.add(all[next++ % all.length]);
        }
      }
    }
    List<Spec> specs = new ArrayList<>(count);
    for (int i = 0; i < positives; i++) {
      specs.add(new Spec(RecordKind.POSITIVE, labels.get(i), focus(focus, i)));
    }
    for (int i = 0; i < negatives; i++) {
      RecordKind kind = i % 2 == 0 ? RecordKind.HARD_NEGATIVE : RecordKind.NEGATIVE;
      specs.add(new Spec(kind, Set.of(), focus(focus, positives + i)));
    }
    return specs;
  }

  private static String focus(List<String> focus, int index) {
    return focus.isEmpty() ? null : focus.get(index % focus.size());
  }
}
