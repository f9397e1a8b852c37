package dev.notes2omop.tagger.dictionary;

import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A token trie over the folded tokens of the terms. Each node that ends a term holds the entries
 * that end there: case-sensitive ones first, then at most one case-insensitive one. Built once,
 * read-only afterwards, so safe to share between threads.
 */
final class TermIndex {

  private static final Logger log = LoggerFactory.getLogger(TermIndex.class);

  /** A match: the entry and the index of the last token it covers. */
  record Match(TermEntry entry, int lastToken) {}

  private static final class Node {
    private Map<String, Node> children = Map.of();
    private List<TermEntry> entries = List.of();

    Node child(String key) {
      return children.get(key);
    }

    Node childOrNew(String key) {
      if (children.isEmpty()) {
        children = new HashMap<>(4);
      }
      return children.computeIfAbsent(key, k -> new Node());
    }
  }

  private final Node root = new Node();
  private final int size;
  private final int conflicts;

  TermIndex(Collection<DictionaryTerm> terms) {
    // per node: candidates grouped by their matching form (folded key for case-insensitive
    // entries, exact tokens for case-sensitive ones); the preferred candidate of each group wins
    Map<Node, Map<String, List<TermEntry>>> pending = new LinkedHashMap<>();
    for (DictionaryTerm term : terms) {
      Tokens tokens = Tokens.of(term.term());
      if (tokens.size() == 0) {
        log.debug("dictionary term without tokens ignored");
        continue;
      }
      List<String> written = new ArrayList<>(tokens.size());
      Node node = root;
      for (int i = 0; i < tokens.size(); i++) {
        written.add(tokens.original(i));
        node = node.childOrNew(tokens.key(i));
      }
      boolean caseSensitive = TermEntry.isCaseSensitive(term.term());
      TermEntry entry = new TermEntry(term, List.copyOf(written), caseSensitive);
      String form = caseSensitive ? "cs:" + String.join(" ", written) : "ci";
      pending
          .computeIfAbsent(node, n -> new HashMap<>())
          .computeIfAbsent(form, f -> new ArrayList<>())
          .add(entry);
    }
    int entries = 0;
    int conflicting = 0;
    for (Map.Entry<Node, Map<String, List<TermEntry>>> e : pending.entrySet()) {
      List<TermEntry> caseSensitive = new ArrayList<>();
      TermEntry caseInsensitive = null;
      for (List<TermEntry> group : e.getValue().values()) {
        TermEntry best = Collections.min(group, TermEntry.PREFERENCE);
        if (group.stream().anyMatch(t -> !sameTarget(t, best))) {
          conflicting++;
        }
        if (best.caseSensitive()) {
          caseSensitive.add(best);
        } else {
          caseInsensitive = best;
        }
      }
      caseSensitive.sort(TermEntry.PREFERENCE);
      List<TermEntry> all = new ArrayList<>(caseSensitive);
      if (caseInsensitive != null) {
        all.add(caseInsensitive);
      }
      e.getKey().entries = List.copyOf(all);
      entries += all.size();
    }
    this.size = entries;
    this.conflicts = conflicting;
    if (conflicting > 0) {
      log.info(
          "{} dictionary surface forms have terms with different labels or concepts;"
              + " kept one per form (known concept, then label order, then lowest concept id)",
          conflicting);
    }
  }

  private static boolean sameTarget(TermEntry a, TermEntry b) {
    return a.term().label() == b.term().label() && a.term().conceptId() == b.term().conceptId();
  }

  /** The number of distinct surface forms indexed. */
  int size() {
    return size;
  }

  /** The number of surface forms whose terms disagreed on label or concept. */
  int conflicts() {
    return conflicts;
  }

  /**
   * The longest entry matching the tokens from {@code first}, or {@code null}. A match never spans
   * a line break.
   */
  Match longestAt(Tokens tokens, int first) {
    Node node = root;
    Match best = null;
    for (int i = first; i < tokens.size(); i++) {
      if (i > first && !tokens.sameLine(i)) {
        break;
      }
      node = node.child(tokens.key(i));
      if (node == null) {
        break;
      }
      for (TermEntry entry : node.entries) {
        if (entry.acceptsCase(tokens, first)) {
          best = new Match(entry, i);
          break;
        }
      }
    }
    return best;
  }
}
