package dev.notes2omop.tagger.model;

import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.text.Tokens;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Gazetteer flags from a term list: for each token and each label of a {@link LabelSet}, whether
 * the token begins (B) or continues (I) a term of that label. Terms are matched on folded tokens
 * ({@link Tokens#key}); for each label separately, matches are taken left to right, the longest at
 * each position, without overlap. A term the lexicon knows but the training data lacks is so still
 * signalled to the model. Built once, read-only afterwards, so safe to share between threads.
 */
public final class Gazetteer {

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(2);
    long labels; // bit i: a term of label i ends here
  }

  private final LabelSet labelSet;
  private final Node root = new Node();
  private final int terms;

  /**
   * @param terms the lexicon; terms whose label is not in {@code labels} are ignored
   */
  public Gazetteer(LabelSet labels, Collection<DictionaryTerm> terms) {
    this.labelSet = Objects.requireNonNull(labels, "labels");
    int added = 0;
    for (DictionaryTerm term : terms) {
      int label = labels.labels().indexOf(term.label());
      Tokens tokens = Tokens.of(term.term());
      if (label < 0 || tokens.size() == 0) {
        continue;
      }
      Node node = root;
      for (int i = 0; i < tokens.size(); i++) {
        node = node.children.computeIfAbsent(tokens.key(i), k -> new Node());
      }
      node.labels |= 1L << label;
      added++;
    }
    this.terms = added;
  }

  /** The number of terms indexed. */
  public int size() {
    return terms;
  }

  /** The number of flags per token: B and I for each label. */
  public int width() {
    return 2 * labelSet.labels().size();
  }

  /** The index in a flag row of B ({@code inside == false}) or I of {@code label}. */
  public int flagIndex(EntityLabel label, boolean inside) {
    return labelSet.begin(label) - 1 + (inside ? 1 : 0);
  }

  /** The flags of every token: {@code flags[token][flagIndex(label, inside)]}. */
  public boolean[][] flags(Tokens tokens) {
    int n = tokens.size();
    int labels = labelSet.labels().size();
    boolean[][] flags = new boolean[n][width()];
    int[] free = new int[labels];
    int[] longest = new int[labels];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(longest, -1);
      Node node = root;
      for (int j = i; j < n; j++) {
        node = node.children.get(tokens.key(j));
        if (node == null) {
          break;
        }
        for (int l = 0; l < labels; l++) {
          if ((node.labels & (1L << l)) != 0) {
            longest[l] = j;
          }
        }
      }
      for (int l = 0; l < labels; l++) {
        if (longest[l] >= 0 && i >= free[l]) {
          flags[i][2 * l] = true;
          for (int k = i + 1; k <= longest[l]; k++) {
            flags[k][2 * l + 1] = true;
          }
          free[l] = longest[l] + 1;
        }
      }
    }
    return flags;
  }
}
