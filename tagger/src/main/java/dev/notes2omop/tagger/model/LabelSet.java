package dev.notes2omop.tagger.model;

import dev.notes2omop.core.nlp.EntityLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The BIO tags of a set of entity labels, with stable indexes: {@code O} is 0, then for the i-th
 * label {@code B-X} is {@code 1 + 2i} and {@code I-X} is {@code 2 + 2i}. The order of the labels is
 * part of a trained model: {@link #tags()} is what {@code model.json} records and {@link
 * #fromTags(List)} reads it back.
 *
 * <p>A tag sequence is valid when {@code I-X} only follows {@code B-X} or {@code I-X}; in
 * particular a sequence never starts with {@code I-X}. Instances are immutable.
 */
public final class LabelSet {

  /** The tag outside every entity. */
  public static final String OUTSIDE = "O";

  /** The index of {@link #OUTSIDE}. */
  public static final int O = 0;

  private final List<EntityLabel> labels;
  private final List<String> tags;

  private LabelSet(List<EntityLabel> labels) {
    this.labels = List.copyOf(labels);
    List<String> names = new ArrayList<>(1 + 2 * labels.size());
    names.add(OUTSIDE);
    for (EntityLabel label : labels) {
      names.add("B-" + label.name());
      names.add("I-" + label.name());
    }
    this.tags = List.copyOf(names);
  }

  /** The tags of {@code labels}, in that order. */
  public static LabelSet of(List<EntityLabel> labels) {
    Objects.requireNonNull(labels, "labels");
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("a label set needs at least one entity label");
    }
    if (labels.stream().distinct().count() != labels.size()) {
      throw new IllegalArgumentException("duplicate entity label in " + labels);
    }
    return new LabelSet(labels);
  }

  /** The tags of every {@link EntityLabel}, in declaration order. */
  public static LabelSet standard() {
    return of(List.of(EntityLabel.values()));
  }

  /**
   * Reads back the list written by {@link #tags()}.
   *
   * @throws IllegalArgumentException when the list is not {@code O, B-X, I-X, B-Y, I-Y, ...}
   */
  public static LabelSet fromTags(List<String> tags) {
    if (tags.isEmpty() || !OUTSIDE.equals(tags.get(0)) || tags.size() % 2 == 0) {
      throw new IllegalArgumentException(
          "a tag list must be O followed by B-X, I-X pairs, got " + tags);
    }
    List<EntityLabel> labels = new ArrayList<>();
    for (int i = 1; i < tags.size(); i += 2) {
      String begin = tags.get(i);
      if (!begin.startsWith("B-") || !tags.get(i + 1).equals("I-" + begin.substring(2))) {
        throw new IllegalArgumentException(
            "tags " + i + " and " + (i + 1) + " must be B-X and I-X, got " + tags);
      }
      labels.add(EntityLabel.parse(begin.substring(2)));
    }
    return of(labels);
  }

  /** The entity labels, in index order. */
  public List<EntityLabel> labels() {
    return labels;
  }

  /** The tag names, in index order. */
  public List<String> tags() {
    return tags;
  }

  /** The number of tags. */
  public int size() {
    return tags.size();
  }

  /** The name of tag {@code tag}. */
  public String name(int tag) {
    return tags.get(tag);
  }

  /** The index of the tag named {@code name}. */
  public int indexOf(String name) {
    int index = tags.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("unknown tag '" + name + "': known tags are " + tags);
    }
    return index;
  }

  /** The index of {@code B-label}. */
  public int begin(EntityLabel label) {
    return 1 + 2 * labelIndex(label);
  }

  /** The index of {@code I-label}. */
  public int inside(EntityLabel label) {
    return 2 + 2 * labelIndex(label);
  }

  private int labelIndex(EntityLabel label) {
    int index = labels.indexOf(label);
    if (index < 0) {
      throw new IllegalArgumentException("label " + label + " is not in " + labels);
    }
    return index;
  }

  /** Whether {@code tag} is a {@code B-X}. */
  public boolean isBegin(int tag) {
    check(tag);
    return tag != O && tag % 2 == 1;
  }

  /** Whether {@code tag} is an {@code I-X}. */
  public boolean isInside(int tag) {
    check(tag);
    return tag != O && tag % 2 == 0;
  }

  /** The entity label of a {@code B-X} or {@code I-X}; {@code null} for {@code O}. */
  public EntityLabel label(int tag) {
    check(tag);
    return tag == O ? null : labels.get((tag - 1) / 2);
  }

  /** Whether a sequence may start with {@code tag}: anything but {@code I-X}. */
  public boolean allowedFirst(int tag) {
    return !isInside(tag);
  }

  /** Whether {@code next} may follow {@code previous}: {@code I-X} only after B-X or I-X. */
  public boolean allowed(int previous, int next) {
    check(previous);
    if (!isInside(next)) {
      return true;
    }
    return previous != O && label(previous) == label(next);
  }

  /** Whether {@code sequence} is a valid BIO sequence over these tags. */
  public boolean isValid(int[] sequence) {
    for (int i = 0; i < sequence.length; i++) {
      if (sequence[i] < 0 || sequence[i] >= size()) {
        return false;
      }
      boolean ok = i == 0 ? allowedFirst(sequence[i]) : allowed(sequence[i - 1], sequence[i]);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * A copy of {@code sequence} where each {@code I-X} that may not follow its predecessor becomes
   * {@code B-X}: the usual reading of a stray inside tag as the start of a new entity.
   */
  public int[] repair(int[] sequence) {
    int[] out = sequence.clone();
    for (int i = 0; i < out.length; i++) {
      check(out[i]);
      boolean ok = i == 0 ? allowedFirst(out[i]) : allowed(out[i - 1], out[i]);
      if (!ok) {
        out[i] = out[i] - 1;
      }
    }
    return out;
  }

  private void check(int tag) {
    if (tag < 0 || tag >= tags.size()) {
      throw new IllegalArgumentException("tag index " + tag + " is outside 0.." + (size() - 1));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelSet other && labels.equals(other.labels);
  }

  @Override
  public int hashCode() {
    return labels.hashCode();
  }

  @Override
  public String toString() {
    return tags.toString();
  }
}
