package dev.notes2omop.vocab;

import dev.notes2omop.vocab.lexicon.UnitText;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds the UCUM concept of a unit as written: the exact UCUM code first ("mg/dL"), then the
 * lexicon's written forms ("mmHg", "lpm"), then the code compared without case ("MG/DL").
 */
public final class UnitIndex {

  /** An empty index; fill it with {@link #addCode} and {@link #addWrittenForm}. */
  public UnitIndex() {}

  private final Map<String, Integer> byCode = new HashMap<>();
  private final Map<String, Integer> byWrittenForm = new HashMap<>();
  private final Map<String, Integer> byFoldedForm = new HashMap<>();
  private final Map<String, Integer> byFoldedCode = new HashMap<>();
  private final Set<String> ambiguousFoldedCodes = new HashSet<>();

  /**
   * Adds a UCUM code; a code of a standard concept replaces that of a non-standard one.
   *
   * @param standardId the standard concept the code stands for (itself or its Maps to target)
   */
  public void addCode(String code, int standardId, boolean standard) {
    if (standard || !byCode.containsKey(code)) {
      byCode.put(code, standardId);
    }
    String folded = UnitText.fold(code);
    Integer earlier = byFoldedCode.putIfAbsent(folded, standardId);
    if (earlier != null && earlier != standardId) {
      ambiguousFoldedCodes.add(folded);
    }
  }

  /** Adds a lexicon written form; the first form wins. */
  public void addWrittenForm(String form, int standardId) {
    byWrittenForm.putIfAbsent(form.strip(), standardId);
    byFoldedForm.putIfAbsent(UnitText.fold(form), standardId);
  }

  /** The UCUM concept of a unit as written, if known. */
  public OptionalInt find(String written) {
    if (written == null || written.isBlank()) {
      return OptionalInt.empty();
    }
    String unit = written.strip();
    Integer id = byCode.get(unit);
    if (id == null) {
      id = byWrittenForm.get(unit);
    }
    String folded = UnitText.fold(unit);
    if (id == null) {
      id = byFoldedForm.get(folded);
    }
    if (id == null && !ambiguousFoldedCodes.contains(folded)) {
      id = byFoldedCode.get(folded);
    }
    return id == null ? OptionalInt.empty() : OptionalInt.of(id);
  }

  /** How many UCUM codes it holds. */
  public int size() {
    return byCode.size();
  }
}
