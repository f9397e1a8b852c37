package dev.notes2omop.tagger.assertion;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.MeasurementValue;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.tagger.assertion.TriggerMatcher.Found;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * ConText-style assertion rules for Spanish clinical text.
 *
 * <p>The triggers come from a list ({@link TriggerRules#SPANISH}, documented in its header) in five
 * categories — negated ("niega", "sin", "no presenta", "se descarta", "negativo para"; after the
 * mention: "negativo", "descartado"), possible ("probable", "sospecha de", "compatible con",
 * "impresiona de", "no se descarta", "a descartar"), hypothetical ("si presenta", "en caso de",
 * "vigilar aparición de", "acudir si", "se solicita"), family ("madre con", "antecedentes
 * familiares de", "AF:"; after: "en la madre") and historical ("antecedentes de", "AP:", "historia
 * de", "intervenido de", "en 2015", "hace 3 años"; after: "previo", "antiguo") — plus
 * pseudo-triggers ("sin cambios", "no solo", "gram negativo", "si precisa") and terminators
 * ("pero", "aunque", "sin embargo" end negation, uncertainty and conditions but not history or
 * family; "salvo", "presenta", "refiere" end negation and uncertainty; "con" ends negation only;
 * "actualmente", "acude por", "el paciente" end history and family).
 *
 * <p>The algorithm:
 *
 * <ol>
 *   <li>Triggers are found leftmost-longest on token boundaries, so "no se descarta" (possible)
 *       wins over "no" (negated), and a pseudo-trigger hides the shorter trigger it starts with.
 *       Tokens inside a mention never form a trigger or a terminator: a mention's own text does not
 *       modify it.
 *   <li>A forward trigger's scope starts after it (and after a ":" right after it: "Niega:
 *       fiebre"), and ends at the first of: a sentence or clause end ({@code . ; ? !}, a decimal
 *       point excepted), a ":" (a new header), a line break, a terminator for its category, another
 *       trigger right after a comma (a new clause: "sin derrame, probable neumonía"; not in a
 *       section), or after {@value #FORWARD_WINDOW} words. Commas and "ni" do not end it, so "sin
 *       fiebre, tos ni disnea" negates all three.
 *   <li>A trigger with the {@code section} flag followed by ":" ("AP:", "Antecedentes familiares:")
 *       heads a section: its scope crosses sentence ends to the end of the line. A trigger followed
 *       by ":" and a line break (a header on its own line, or "Niega:" above a list) keeps its
 *       scope across single line breaks, up to a blank line or the next ":". These scopes stop
 *       after {@value #SECTION_WINDOW} words.
 *   <li>A backward trigger's scope runs back from it to the first sentence end, comma, line break
 *       or terminator, or {@value #BACKWARD_WINDOW} words.
 *   <li>A mention is in a forward scope when it starts inside it, in a backward scope when it ends
 *       inside it. Every category applies independently ("sin antecedentes familiares de cáncer" is
 *       negated and family).
 * </ol>
 *
 * <p>The result replaces whatever assertion the mentions had. Known limits: scope is textual, not
 * syntactic ("Afebril, sin disnea, tos productiva" negates the cough too). A negative result read
 * as the measurement's qualitative value ("PCR negativa", value {@code Negative}) does not negate
 * it: the test was done and its value says the result; a negative result the value extraction did
 * not read ("troponinas seriadas negativas") still negates the mention. Immutable and thread-safe.
 */
public final class SpanishAssertionDetector {

  /** How far after a measurement, in characters, its own qualitative result may start. */
  private static final int OWN_RESULT_DISTANCE = 40;

  /** Words a forward scope covers at most. */
  static final int FORWARD_WINDOW = 12;

  /** Words a backward scope covers at most. */
  static final int BACKWARD_WINDOW = 6;

  /** Words a section scope covers at most. */
  static final int SECTION_WINDOW = 60;

  private final TriggerMatcher matcher;

  /** A detector with the Spanish trigger list shipped with the tagger. */
  public SpanishAssertionDetector() {
    this(TriggerRules.spanish());
  }

  /** A detector with the given triggers. */
  public SpanishAssertionDetector(List<Trigger> triggers) {
    this.matcher = new TriggerMatcher(Objects.requireNonNull(triggers, "triggers"));
  }

  /**
   * The mentions of {@code text}, in the given order, each with the assertion the rules give it.
   * Every mention's offsets must lie inside {@code text}.
   */
  public List<Mention> apply(String text, List<Mention> mentions) {
    Objects.requireNonNull(text, "text");
    if (mentions.isEmpty()) {
      return List.of();
    }
    return apply(Tokens.of(text), mentions);
  }

  /**
   * The same as {@link #apply(String, List)} for a text already tokenised, so that a tagger does
   * not tokenise it twice.
   */
  public List<Mention> apply(Tokens tokens, List<Mention> mentions) {
    Objects.requireNonNull(tokens, "tokens");
    if (mentions.isEmpty()) {
      return List.of();
    }
    String text = tokens.text();
    boolean[] blocked = new boolean[tokens.size()];
    for (Mention m : mentions) {
      if (m.end() > text.length()) {
        throw new IllegalArgumentException(
            "mention " + m.offset() + " lies outside a text of length " + text.length());
      }
      for (int i = firstTokenEndingAfter(tokens, m.start());
          i < tokens.size() && tokens.start(i) < m.end();
          i++) {
        blocked[i] = true;
      }
    }
    List<Found> found = matcher.find(tokens, blocked);
    Found[] startsAt = new Found[tokens.size()];
    Found[] covering = new Found[tokens.size()];
    for (Found f : found) {
      startsAt[f.first()] = f;
      for (int i = f.first(); i <= f.last(); i++) {
        covering[i] = f;
      }
    }
    List<Set<TriggerCategory>> categories = new ArrayList<>(mentions.size());
    for (int k = 0; k < mentions.size(); k++) {
      categories.add(EnumSet.noneOf(TriggerCategory.class));
    }
    for (Found f : found) {
      Trigger trigger = f.trigger();
      if (!trigger.modifies()) {
        continue;
      }
      if (trigger.forward()) {
        int[] scope = forwardScope(tokens, f, startsAt);
        mark(mentions, categories, trigger.category(), scope, true, -1);
      }
      if (trigger.backward()) {
        int[] scope = backwardScope(tokens, f, covering);
        mark(mentions, categories, trigger.category(), scope, false, tokens.start(f.first()));
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int k = 0; k < mentions.size(); k++) {
      out.add(mentions.get(k).withAssertion(assertion(categories.get(k))));
    }
    return out;
  }

  private static int firstTokenEndingAfter(Tokens tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.end(mid) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The forward scope of {@code f} as character offsets {start, end}, or null when empty. */
  private static int[] forwardScope(Tokens tokens, Found f, Found[] startsAt) {
    TriggerCategory category = f.trigger().category();
    int i = f.last() + 1;
    boolean colon = i < tokens.size() && tokens.isPunct(i, ':') && tokens.sameLine(i);
    boolean section = colon && f.trigger().section();
    boolean crossLines = colon && i + 1 < tokens.size() && !tokens.sameLine(i + 1);
    if (colon) {
      i++;
    }
    int window = section || crossLines ? SECTION_WINDOW : FORWARD_WINDOW;
    int start = i < tokens.size() ? tokens.start(i) : -1;
    int end = -1;
    int words = 0;
    for (; i < tokens.size(); i++) {
      int breaks = tokens.lineBreaksBefore(i);
      boolean firstAfterHeader = crossLines && i == f.last() + 2;
      if (breaks > 0 && !(crossLines && (breaks == 1 || firstAfterHeader))) {
        break;
      }
      Found other = startsAt[i];
      if (other != null && other != f) {
        if (other.trigger().terminates(category)) {
          break;
        }
        if (!section && other.trigger().modifies() && i > 0 && tokens.isPunct(i - 1, ',')) {
          break;
        }
      }
      if (tokens.isPunct(i, ':') || (!section && endsSentence(tokens, i))) {
        break;
      }
      if (tokens.isWord(i) && ++words > window) {
        break;
      }
      end = tokens.end(i);
    }
    return end < 0 ? null : new int[] {start, end};
  }

  /** The backward scope of {@code f} as character offsets {start, end}, or null when empty. */
  private static int[] backwardScope(Tokens tokens, Found f, Found[] covering) {
    TriggerCategory category = f.trigger().category();
    int start = -1;
    int words = 0;
    for (int i = f.first() - 1; i >= 0; i--) {
      if (!tokens.sameLine(i + 1)) {
        break;
      }
      Found other = covering[i];
      if (other != null && other.trigger().terminates(category)) {
        break;
      }
      if (endsSentence(tokens, i) || tokens.isPunct(i, ':') || tokens.isPunct(i, ',')) {
        break;
      }
      if (tokens.isWord(i) && ++words > BACKWARD_WINDOW) {
        break;
      }
      start = tokens.start(i);
    }
    return start < 0 ? null : new int[] {start, tokens.start(f.first())};
  }

  /** Whether token {@code i} ends a sentence or clause: . ; ? ! (not a decimal point). */
  private static boolean endsSentence(Tokens tokens, int i) {
    if (tokens.isPunct(i, ';') || tokens.isPunct(i, '?') || tokens.isPunct(i, '!')) {
      return true;
    }
    if (!tokens.isPunct(i, '.')) {
      return false;
    }
    boolean decimal =
        i > 0
            && i + 1 < tokens.size()
            && tokens.isNumber(i - 1)
            && tokens.isNumber(i + 1)
            && tokens.touchesPrevious(i)
            && tokens.touchesPrevious(i + 1);
    return !decimal;
  }

  private static void mark(
      List<Mention> mentions,
      List<Set<TriggerCategory>> categories,
      TriggerCategory category,
      int[] scope,
      boolean forward,
      int triggerStart) {
    if (scope == null) {
      return;
    }
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (isOwnResult(m, triggerStart)) {
        continue;
      }
      boolean inside =
          forward
              ? m.start() >= scope[0] && m.start() < scope[1]
              : m.end() > scope[0] && m.end() <= scope[1];
      if (inside) {
        categories.get(k).add(category);
      }
    }
  }

  /**
   * Whether a trigger after a measurement is its own qualitative result ("PCR negativa"): a test
   * whose result is negative was done, and is recorded with that value, not negated.
   */
  private static boolean isOwnResult(Mention m, int triggerStart) {
    MeasurementValue value = m.value();
    return triggerStart >= m.end()
        && value != null
        && value.qualitative() != null
        && triggerStart - m.end() <= OWN_RESULT_DISTANCE;
  }

  private static Assertion assertion(Set<TriggerCategory> categories) {
    Assertion a = Assertion.AFFIRMED;
    if (categories.contains(TriggerCategory.NEGATED)) {
      a = a.withNegated(true);
    }
    if (categories.contains(TriggerCategory.POSSIBLE)) {
      a = a.withCertainty(Assertion.Certainty.POSSIBLE);
    }
    if (categories.contains(TriggerCategory.HYPOTHETICAL)) {
      a = a.withHypothetical(true);
    }
    if (categories.contains(TriggerCategory.FAMILY)) {
      a = a.withSubject(Assertion.Subject.FAMILY);
    }
    if (categories.contains(TriggerCategory.HISTORICAL)) {
      a = a.withHistorical(true);
    }
    return a;
  }
}
