package dev.notes2omop.tagger.assertion;

import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds triggers in a tokenised text: a token trie over the folded trigger tokens, with wildcard
 * edges for {@link Trigger#YEAR} and {@link Trigger#NUMBER}. Leftmost-longest, non-overlapping;
 * tokens inside a mention are never part of a trigger. Immutable after construction.
 */
final class TriggerMatcher {

  /** A trigger found in a text, covering tokens {@code first..last}. */
  record Found(Trigger trigger, int first, int last) {}

  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    Node year;
    Node number;
    final List<Trigger> triggers = new ArrayList<>();
  }

  private final Node root = new Node();

  TriggerMatcher(List<Trigger> triggers) {
    Set<String> seen = new HashSet<>();
    for (Trigger trigger : triggers) {
      String identity =
          String.join(" ", trigger.written()).toLowerCase(Locale.ROOT)
              + "|"
              + trigger.caseSensitive()
              + trigger.accentSensitive();
      if (!seen.add(identity)) {
        throw new IllegalArgumentException(
            "trigger '" + trigger.phrase() + "' is listed twice: keep one line for it");
      }
      Node node = root;
      for (String token : trigger.written()) {
        if (token.equals(Trigger.YEAR)) {
          node = node.year == null ? (node.year = new Node()) : node.year;
        } else if (token.equals(Trigger.NUMBER)) {
          node = node.number == null ? (node.number = new Node()) : node.number;
        } else {
          node = node.children.computeIfAbsent(TextFolding.fold(token), k -> new Node());
        }
      }
      node.triggers.add(trigger);
    }
    sortStrictFirst(root);
  }

  private static void sortStrictFirst(Node node) {
    // stable: keeps file order within strict and within lenient triggers
    node.triggers.sort((a, b) -> Boolean.compare(b.strict(), a.strict()));
    node.children.values().forEach(TriggerMatcher::sortStrictFirst);
    if (node.year != null) {
      sortStrictFirst(node.year);
    }
    if (node.number != null) {
      sortStrictFirst(node.number);
    }
  }

  /** The triggers in {@code tokens}, in text order; {@code blocked[i]} excludes token i. */
  List<Found> find(Tokens tokens, boolean[] blocked) {
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Found best = blocked[i] ? null : longest(root, tokens, blocked, i, i, null);
      if (best == null) {
        i++;
      } else {
        found.add(best);
        i = best.last() + 1;
      }
    }
    return found;
  }

  private Found longest(Node node, Tokens tokens, boolean[] blocked, int first, int i, Found best) {
    if (i > first) {
      for (Trigger trigger : node.triggers) {
        if (accepts(trigger, tokens, first)) {
          if (best == null || best.last() < i - 1) {
            best = new Found(trigger, first, i - 1);
          }
          break;
        }
      }
    }
    if (i >= tokens.size() || blocked[i] || (i > first && !tokens.sameLine(i))) {
      return best;
    }
    Node child = node.children.get(tokens.key(i));
    if (child != null) {
      best = longest(child, tokens, blocked, first, i + 1, best);
    }
    if (node.year != null && isYear(tokens, i)) {
      best = longest(node.year, tokens, blocked, first, i + 1, best);
    }
    if (node.number != null && tokens.isNumber(i)) {
      best = longest(node.number, tokens, blocked, first, i + 1, best);
    }
    return best;
  }

  private static boolean isYear(Tokens tokens, int i) {
    String key = tokens.key(i);
    return key.length() == 4
        && tokens.isNumber(i)
        && (key.startsWith("19") || key.startsWith("20"));
  }

  private static boolean accepts(Trigger trigger, Tokens tokens, int first) {
    if (!trigger.strict()) {
      return true;
    }
    List<String> written = trigger.written();
    for (int t = 0; t < written.size(); t++) {
      String expected = written.get(t);
      if (expected.equals(Trigger.YEAR) || expected.equals(Trigger.NUMBER)) {
        continue;
      }
      String actual = tokens.original(first + t);
      boolean same =
          trigger.caseSensitive()
              ? actual.equals(expected)
              : actual.toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT));
      if (!same) {
        return false;
      }
    }
    return true;
  }
}
