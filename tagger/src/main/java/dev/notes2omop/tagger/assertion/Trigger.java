package dev.notes2omop.tagger.assertion;

import java.util.List;
import java.util.Set;

/**
 * One rule of the trigger list.
 *
 * @param category what it does
 * @param forward whether its scope runs forward (PRE or BOTH)
 * @param backward whether its scope runs backward (POST or BOTH)
 * @param terminates for {@link TriggerCategory#TERMINATE}, the categories whose scope it ends
 * @param phrase the phrase as written in the list (for messages)
 * @param written its tokens as written; {@link #YEAR} and {@link #NUMBER} stand for any year or
 *     number
 * @param caseSensitive whether tokens must match case and accents exactly
 * @param accentSensitive whether tokens must match accents (case folded)
 * @param section whether, followed by ":", it heads a section
 */
public record Trigger(
    TriggerCategory category,
    boolean forward,
    boolean backward,
    Set<TriggerCategory> terminates,
    String phrase,
    List<String> written,
    boolean caseSensitive,
    boolean accentSensitive,
    boolean section) {

  /** Placeholder token: a year from 1900 to 2099. */
  public static final String YEAR = "<YEAR>";

  /** Placeholder token: any whole number. */
  public static final String NUMBER = "<NUM>";

  public Trigger {
    terminates = Set.copyOf(terminates);
    written = List.copyOf(written);
  }

  /** Whether this trigger has a scope that modifies mentions. */
  boolean modifies() {
    return category != TriggerCategory.PSEUDO && category != TriggerCategory.TERMINATE;
  }

  /** Whether this trigger ends the scope of a trigger of {@code other} category. */
  boolean terminates(TriggerCategory other) {
    return category == TriggerCategory.TERMINATE && terminates.contains(other);
  }

  /** Whether this trigger checks more than the folded text. */
  boolean strict() {
    return caseSensitive || accentSensitive;
  }
}
