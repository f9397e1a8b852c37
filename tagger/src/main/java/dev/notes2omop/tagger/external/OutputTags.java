package dev.notes2omop.tagger.external;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.model.LabelSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The output columns of an external model mapped onto a {@link LabelSet}. A model trained elsewhere
 * may order its tags in any way ({@code id2label} of a Hugging Face model); the list must still be
 * a BIO tag set: {@code O} once and, for each entity label, {@code B-X} and {@code I-X} once each.
 * The labels keep the order of their first tag in the list. Instances are immutable.
 */
public final class OutputTags {

  private final LabelSet labels;
  private final int[] toLabelSet;

  private OutputTags(LabelSet labels, int[] toLabelSet) {
    this.labels = labels;
    this.toLabelSet = toLabelSet;
  }

  /**
   * Reads the module's tag list.
   *
   * @throws IllegalArgumentException when the list is not a BIO tag set, naming the wrong tag
   */
  public static OutputTags of(List<String> tags) {
    List<EntityLabel> order = new ArrayList<>();
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      String key = key(tags.get(i), tags);
      if (column.put(key, i) != null) {
        throw new IllegalArgumentException("tag " + tags.get(i) + " is repeated in " + tags);
      }
      if (!LabelSet.OUTSIDE.equals(key)) {
        EntityLabel label = EntityLabel.valueOf(key.substring(2));
        if (!order.contains(label)) {
          order.add(label);
        }
      }
    }
    if (!column.containsKey(LabelSet.OUTSIDE) || order.isEmpty()) {
      throw new IllegalArgumentException(
          "a tag list needs O and at least one B-X / I-X pair, got " + tags);
    }
    LabelSet labels = LabelSet.of(order);
    if (labels.size() != tags.size()) {
      throw new IllegalArgumentException(
          "tags "
              + tags
              + " are not O with one B-X and one I-X per label: expected "
              + labels.tags()
              + " in any order");
    }
    int[] toLabelSet = new int[tags.size()];
    for (int q = 0; q < labels.size(); q++) {
      // present: the tags are distinct, of these labels and as many as the label set's
      toLabelSet[column.get(labels.tags().get(q))] = q;
    }
    return new OutputTags(labels, toLabelSet);
  }

  /**
   * {@code O}, or {@code B-X} / {@code I-X} with the label's name as {@link EntityLabel} spells it.
   */
  private static String key(String tag, List<String> tags) {
    if (LabelSet.OUTSIDE.equals(tag)) {
      return tag;
    }
    if (tag == null || !(tag.startsWith("B-") || tag.startsWith("I-"))) {
      throw new IllegalArgumentException("tag " + tag + " is neither O nor B-X / I-X, in " + tags);
    }
    try {
      return tag.substring(0, 2) + EntityLabel.parse(tag.substring(2)).name();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "tag " + tag + " names no entity label (" + e.getMessage() + "), in " + tags, e);
    }
  }

  /** The label set the decoder works in. */
  public LabelSet labels() {
    return labels;
  }

  /** The number of output columns. */
  public int size() {
    return toLabelSet.length;
  }

  /**
   * The log-softmax of one output row (logits in the module's column order), in {@link #labels()}
   * order.
   *
   * @throws IllegalArgumentException when the row has the wrong size or a non-finite value
   */
  public float[] logProbabilities(float[] logits) {
    if (logits.length != toLabelSet.length) {
      throw new IllegalArgumentException(
          logits.length + " logits for " + toLabelSet.length + " tags");
    }
    double max = Double.NEGATIVE_INFINITY;
    for (float v : logits) {
      if (!Float.isFinite(v)) {
        throw new IllegalArgumentException("non-finite logit in " + Arrays.toString(logits));
      }
      max = Math.max(max, v);
    }
    double sum = 0;
    for (float v : logits) {
      sum += Math.exp(v - max);
    }
    double log = max + Math.log(sum);
    float[] out = new float[logits.length];
    for (int c = 0; c < logits.length; c++) {
      out[toLabelSet[c]] = (float) (logits[c] - log);
    }
    return out;
  }
}
